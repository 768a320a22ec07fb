#!/usr/bin/env bash
# Proves the reader checks are not vacuous: breaks copies of the release in
# known ways and asserts that check_pandas.py / check_duckdb.mjs fail (or pass)
# as they should, with the expected message.
#
#   tests/readers/selftest.sh [DATASET_DIR] [INPUT_DIR]     (defaults dist-data seeds)
#
# Each broken copy gets a datapackage.json with fresh bytes/sha256, so only the
# intended check fires. Exits 1 if any expectation is not met.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${1:-dist-data}"
INPUT="${2:-seeds}"
PY=python3
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi
WORK="$(mktemp -d -t readers-selftest.XXXXXX)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

# mutate NAME: copy DATA to $WORK/NAME and apply the mutation NAME
mutate() {
  rm -rf "$WORK/$1" && cp -r "$DATA" "$WORK/$1"
  "$PY" - "$WORK/$1" "$1" <<'PYEOF'
import csv, hashlib, io, json, os, sys
d, what = sys.argv[1], sys.argv[2]

def load(t):
    return json.load(open(f"{d}/{t}.json", encoding="utf-8"))

def save_json(t, rows):
    with open(f"{d}/{t}.json", "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows) + "\n]\n")

def rows_csv(t):
    return list(csv.reader(open(f"{d}/{t}.csv", encoding="utf-8", newline="")))

def save_csv(t, rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    open(f"{d}/{t}.csv", "w", encoding="utf-8", newline="").write(buf.getvalue())

def set_cell(t, row, col, json_value, csv_text):
    j = load(t); c = rows_csv(t)
    j[row][col] = json_value
    c[row + 1][c[0].index(col)] = csv_text
    save_json(t, j); save_csv(t, c)

if what == "evidence-offset":          # offsets shifted by one in both files
    j = load("events"); c = rows_csv("events")
    j[0]["char_start"] += 1
    c[1][c[0].index("char_start")] = str(j[0]["char_start"])
    save_json("events", j); save_csv("events", c)
elif what == "mojibake":               # CSV written as UTF-8 read as Latin-1 and re-encoded
    p = f"{d}/events.csv"
    text = open(p, encoding="utf-8").read()
    open(p, "w", encoding="utf-8").write(text.replace("Hanoï", "Hanoï".encode("utf-8").decode("latin-1"), 1))
elif what == "bom":
    p = f"{d}/actors.csv"
    b = open(p, "rb").read()
    open(p, "wb").write(b"\xef\xbb\xbf" + b)
elif what == "dropped-row":
    p = f"{d}/mentions.csv"
    lines = open(p, encoding="utf-8").read().split("\n")
    open(p, "w", encoding="utf-8").write("\n".join(lines[:-2] + [""]))
elif what == "not-defused":            # a formula-like label written raw
    set_cell("events", 0, "label", "=1+1 Hanoï", "=1+1 Hanoï")
elif what == "defused-ok":             # the same label written as the codebook says
    set_cell("events", 0, "label", "=1+1 Hanoï", "'=1+1 Hanoï")
    set_cell("actors", 0, "aliases", ["-VNA", "@œuvre", "Tô Lâm"], "'-VNA|'@œuvre|Tô Lâm")
elif what == "null-list":              # a null list cannot be told from [] in CSV
    set_cell("events", 0, "topics", None, "")
elif what == "stale-hash":
    p = f"{d}/agreements.csv"
    open(p, "a", encoding="utf-8").write("")
    dp = json.load(open(f"{d}/datapackage.json"))
    for r in dp["resources"]:
        if r["path"] == "agreements.csv":
            r["hash"] = "sha256:" + "0" * 64
    json.dump(dp, open(f"{d}/datapackage.json", "w"), ensure_ascii=False, indent=2)
    sys.exit(0)

dp = json.load(open(f"{d}/datapackage.json", encoding="utf-8"))
for r in dp["resources"]:
    b = open(os.path.join(d, r["path"]), "rb").read()
    r["bytes"], r["hash"] = len(b), "sha256:" + hashlib.sha256(b).hexdigest()
json.dump(dp, open(f"{d}/datapackage.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PYEOF
}

pass=0
failed=0
# expect CHECKER CASE WANT_EXIT PATTERN [extra args]
expect() {
  local checker="$1" case="$2" want="$3" pattern="$4"
  shift 4
  local dir="$DATA" out rc
  if [ "$case" != "baseline" ]; then dir="$WORK/$case"; fi
  if [ "$checker" = pandas ]; then
    out="$("$PY" "$HERE/check_pandas.py" "$dir" "$INPUT" "$@" 2>&1)"; rc=$?
  else
    out="$(node "$HERE/check_duckdb.mjs" "$dir" "$@" 2>&1)"; rc=$?
  fi
  if [ "$rc" -eq "$want" ] && grep -qE -- "$pattern" <<<"$out"; then
    pass=$((pass + 1)); echo "ok   $checker $case: exit $rc, /$pattern/"
  else
    failed=$((failed + 1)); echo "FAIL $checker $case: exit $rc (want $want), /$pattern/ not matched"
    sed 's/^/     | /' <<<"$out" | tail -15
  fi
}

for m in evidence-offset mojibake bom dropped-row not-defused defused-ok null-list stale-hash; do mutate "$m"; done

expect pandas baseline 0 "0 failure"
expect duckdb baseline 0 "0 failure"
expect pandas baseline 1 "string column read by pandas as" --strict-types
expect pandas evidence-offset 1 "events row 0 .*evidence is"
expect pandas mojibake 1 "non-ASCII characters differ|probe 'Hanoï'"
expect duckdb mojibake 1 "DuckDB reads .*HanoÃ"
expect pandas bom 1 "starts with a UTF-8 BOM"
expect pandas dropped-row 1 "row counts differ"
expect duckdb dropped-row 1 "read_csv count 196 != JSON length 197|read_csv count [0-9]+ != JSON length"
expect pandas not-defused 1 "events row 0 label"
expect duckdb not-defused 1 "events row 0 label"
expect pandas defused-ok 0 "defused=1"
expect duckdb defused-ok 0 "0 failure"
expect pandas null-list 1 "null list reads back as \[\]"
expect pandas stale-hash 1 "agreements.csv: sha256 differs"

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
