/**
 * The loading snippets the data dictionary prints, one per reader. They are
 * data for the dictionary, and tests/readers/snippets.test.ts runs the ones
 * this machine has readers for (pandas, R with readr and jsonlite, DuckDB)
 * exactly as the generated README.md prints them, from the release folder.
 *
 * The snippets read types from datapackage.json instead of listing columns,
 * so they stay right when a release adds a column. DuckDB's CSV views are
 * generated per table from the schemas.
 */
import type { TableSpec } from '../../schemas/index.ts';
import type { Column, ColumnKind } from './columns.ts';

export interface Snippet {
  /** Marker name, `<!-- snippet: NAME -->` before the code block. */
  name: string;
  language: 'python' | 'r' | 'sql' | 'sh';
  code: string;
  /** Whether tests/readers/snippets.test.ts runs it (a reader this machine has). */
  tested: boolean;
}

export const PANDAS_CSV: Snippet = {
  name: 'pandas-csv',
  language: 'python',
  tested: true,
  code: `import json
import re

import pandas as pd

DEFUSED = re.compile(r"^'(?='*[=+\\-@\\t\\r\\n])")  # the apostrophe the CSV adds before formula-like text


def read_table(name, folder="."):
    """One table from its CSV, typed by datapackage.json: nulls stay None, lists become lists."""
    with open(f"{folder}/datapackage.json", encoding="utf-8") as f:
        resource = next(r for r in json.load(f)["resources"] if r["path"] == f"{name}.csv")
    types = {field["name"]: field["type"] for field in resource["schema"]["fields"]}
    frame = pd.read_csv(
        f"{folder}/{name}.csv", encoding="utf-8", keep_default_na=False, na_values=[""],
        dtype={c: {"integer": "Int64", "number": "float64", "boolean": "boolean"}.get(t, "object") for c, t in types.items()},
    )
    for column, kind in types.items():
        if kind in ("string", "list", "date"):
            cells = frame[column].astype(object).where(frame[column].notna(), None)
            if kind == "string":
                frame[column] = cells.map(lambda cell: None if cell is None else DEFUSED.sub("", cell))
            elif kind == "list":
                frame[column] = cells.map(lambda cell: [] if cell is None else [DEFUSED.sub("", item) for item in cell.split("|")])
            else:
                frame[column] = pd.to_datetime(cells, format="%Y-%m-%d")
    return frame


events = read_table("events")
participants = read_table("participants")
print(events.loc[0, ["event_type", "cameo", "date_start", "topics"]])`,
};

export const PANDAS_JSON: Snippet = {
  name: 'pandas-json',
  language: 'python',
  tested: true,
  code: `import json

import pandas as pd

with open("events.json", encoding="utf-8") as f:
    events = pd.DataFrame(json.load(f))  # null stays None, lists stay lists, "040" stays text
events["date_start"] = pd.to_datetime(events["date_start"], format="%Y-%m-%d")
events["date_end"] = pd.to_datetime(events["date_end"], format="%Y-%m-%d")`,
};

export const POLARS: Snippet = {
  name: 'polars',
  language: 'python',
  tested: false,
  code: `import polars as pl

events = pl.read_parquet("events.parquet")  # lists as List(String), days as Date, vocabularies as Categorical
events_from_json = pl.read_json("events.json")  # nulls kept, lists as List(String), days as text`,
};

export const R_READR: Snippet = {
  name: 'r-readr',
  language: 'r',
  tested: true,
  code: `library(jsonlite)
library(readr)

read_table <- function(name, folder = ".") {
  package <- fromJSON(file.path(folder, "datapackage.json"), simplifyVector = FALSE)
  resource <- Filter(function(r) identical(r$path, paste0(name, ".csv")), package$resources)[[1]]
  kinds <- vapply(resource$schema$fields, function(f) f$type, "")
  names(kinds) <- vapply(resource$schema$fields, function(f) f$name, "")
  codes <- c(string = "c", list = "c", date = "D", integer = "i", number = "d", boolean = "l")
  frame <- read_csv(file.path(folder, paste0(name, ".csv")), col_types = paste(codes[kinds], collapse = ""),
                    na = "", trim_ws = FALSE, locale = locale(encoding = "UTF-8"), progress = FALSE)
  undefuse <- function(x) sub("^'(?='*[-=+@\\t\\r\\n])", "", x, perl = TRUE)
  for (column in names(kinds)[kinds == "string"]) frame[[column]] <- undefuse(frame[[column]])
  for (column in names(kinds)[kinds == "list"]) {
    frame[[column]] <- lapply(frame[[column]], function(cell) if (is.na(cell)) character(0) else undefuse(strsplit(cell, "|", fixed = TRUE)[[1]]))
  }
  frame
}

events <- read_table("events")
participants <- read_table("participants")
str(events[1, c("event_type", "cameo", "date_start", "topics")])`,
};

export const R_JSONLITE: Snippet = {
  name: 'r-jsonlite',
  language: 'r',
  tested: true,
  code: `events <- jsonlite::fromJSON("events.json")  # null -> NA, lists -> list column of character vectors, "040" stays text
events$date_start <- as.Date(events$date_start)
events$date_end <- as.Date(events$date_end)`,
};

export const R_ARROW: Snippet = {
  name: 'r-arrow',
  language: 'r',
  tested: false,
  code: `events <- arrow::read_parquet("events.parquet")  # lists as list<string>, days as Date, vocabularies as factors`,
};

const DUCKDB_TYPE: Record<ColumnKind, string> = { string: 'VARCHAR', vocab: 'VARCHAR', list: 'VARCHAR', date: 'DATE', int: 'INTEGER', float: 'DOUBLE', bool: 'BOOLEAN' };

/** Joins items with ", ", breaking lines before `width` characters. */
function wrap(items: readonly string[], indent: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}, ${item}`;
    if (line !== '' && indent.length + next.length + 1 > width) {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}${l}`).join('\n');
}

export function duckdbParquet(tables: readonly TableSpec[]): Snippet {
  const views = tables.map((t) => `CREATE OR REPLACE VIEW ${t.name} AS SELECT * FROM '${t.name}.parquet';`);
  return {
    name: 'duckdb-parquet',
    language: 'sql',
    tested: true,
    code: `-- lists are VARCHAR[], days are DATE, counts INTEGER: no hints needed
${views.join('\n')}
DESCRIBE events;
SELECT e.date, e.label, p.name, p.role
FROM events AS e JOIN participants AS p USING (event_id)
ORDER BY e.date_start NULLS LAST, e.event_id, p.participant_id
LIMIT 10;`,
  };
}

/** DuckDB over the CSV files: every column typed (no sniffing), defusing undone, lists split. */
export function duckdbCsv(tables: readonly { spec: TableSpec; columns: readonly Column[] }[]): Snippet {
  const views = tables.map(({ spec, columns }) => {
    const replaced = columns.flatMap((c) => (c.kind === 'string' ? [`undefuse(${c.name}) AS ${c.name}`] : c.kind === 'list' ? [`split_list(${c.name}) AS ${c.name}`] : []));
    const types = columns.map((c) => `'${c.name}': '${DUCKDB_TYPE[c.kind]}'`);
    const select = replaced.length > 0 ? `SELECT * REPLACE (\n${wrap(replaced, '  ')}\n)` : 'SELECT *';
    return `CREATE OR REPLACE VIEW ${spec.name} AS
${select}
FROM read_csv('${spec.name}.csv', header = true, auto_detect = false, columns = {
${wrap(types, '  ')}
});`;
  });
  return {
    name: 'duckdb-csv',
    language: 'sql',
    tested: true,
    code: `-- undo the CSV's formula defusing: one leading apostrophe before = + - @ tab CR LF
CREATE OR REPLACE MACRO undefuse(s) AS regexp_replace(s, '^''(''*[-=+@\\t\\r\\n])', '\\1');
-- a |-joined cell as a list (an empty cell is the empty list), each item undefused
CREATE OR REPLACE MACRO split_list(s) AS coalesce(string_split(regexp_replace(s, '(^|\\|)''(''*[-=+@\\t\\r\\n])', '\\1\\2', 'g'), '|'), []);
${views.join('\n')}`,
  };
}

export const SPREADSHEET: Snippet = {
  name: 'spreadsheet',
  language: 'sh',
  tested: false,
  code: `# LibreOffice without its window: comma-separated, double quotes, UTF-8 (76), first row as header
soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx events.csv`,
};
