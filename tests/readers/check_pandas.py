#!/usr/bin/env python3
"""Reader check: the release loads in pandas with every value and accent intact.

    python3 tests/readers/check_pandas.py [DATASET_DIR] [INPUT_DIR] [--strict-types]

DATASET_DIR defaults to dist-data, INPUT_DIR (the folder the pipeline read) to
seeds. For each table T it reads T.csv the way the README tells users to
(pd.read_csv(..., keep_default_na=False, na_values=[""])) and T.json, then checks:

  * raw bytes: UTF-8, no BOM, no CR outside quoted cells;
  * same row count and the same columns in the same order in CSV, JSON and
    datapackage.json;
  * cell by cell, the CSV decoded by the README's rules (empty = null, lists
    split on "|", true/false, one leading apostrophe removed from defused
    cells) equals the JSON value, and the JSON value encoded by those rules
    gives the CSV text byte for byte;
  * accents: every non-ASCII character of the JSON values (and probes such as
    'Hanoï', 'œ', '’') is found as often in the pandas frame as in the JSON;
  * provenance: for events, participants, agreements, actors and mentions,
    open(INPUT_DIR/source_file, encoding='utf-8-sig', newline='').read()
    [char_start:char_end] == evidence, for the JSON row and for the CSV row;
    for articles, the file's sha256, byte size and character count;
  * datapackage.json's bytes and sha256 for every file it lists.

What pandas' type inference does to a column (e.g. a code "040" read as the
integer 40) is reported as WARN; with --strict-types it is a failure.
Prints one summary line per table; exits 1 on any failure.
"""
from __future__ import annotations

import os
import sys

# PyPI is not reachable here: pandas comes from Debian (python3-pandas), which
# only Debian's /usr/bin/python3 sees. Re-run there if this interpreter lacks it.
try:
    import pandas as pd  # noqa: F401
except ModuleNotFoundError:
    if os.environ.get("READERS_REEXEC") != "1" and os.path.exists("/usr/bin/python3") \
            and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.environ["READERS_REEXEC"] = "1"
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    sys.exit("check_pandas: pandas is not installed; run tests/readers/install.sh")

import collections
import hashlib
import io
import json
import math
import re
import unicodedata

import pandas as pd

TABLES = ["articles", "events", "participants", "agreements", "actors", "mentions", "rejects"]
PROVENANCE_TABLES = {"events", "participants", "agreements", "actors", "mentions"}
PROBES = ["Hanoï", "œ", "’", "é", "è", "ê", "à", "ô", "ç", "–", "Tô Lâm", "ư", "ơ", "đ", "Đ", "ạ", "ệ", "\u00a0"]
MOJIBAKE = ["Ã©", "Ã¨", "Ã´", "Ã§", "Ã ", "â€™", "â€“", "â€œ", "Å“", "Ã¯", "\ufffd"]
FORMULA_START = re.compile(r"^'*[=+\-@\t\r\n]")


def undefuse(text: str) -> str:
    """The README's rule: remove one leading apostrophe from cells matching ^'+[=+-@\\t\\r\\n]."""
    return text[1:] if text.startswith("'") and FORMULA_START.match(text) else text


def defuse(text: str) -> str:
    return "'" + text if FORMULA_START.match(text) else text


def decode_source(raw: bytes) -> tuple[str, str]:
    """Text as the README defines offsets: UTF-8 (BOM removed), newlines untranslated.
    Falls back to windows-1252 (WHATWG: the 5 undefined bytes map to C1 controls)."""
    try:
        return io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline="").read(), "utf-8"
    except UnicodeDecodeError:
        out = []
        for b in raw:
            try:
                out.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(b))
        return "".join(out), "windows-1252"


class Report:
    def __init__(self, strict_types: bool):
        self.failures: list[str] = []
        self.warnings: list[str] = []
        self.strict_types = strict_types

    def fail(self, msg: str) -> None:
        self.failures.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def typewarn(self, msg: str) -> None:
        (self.failures if self.strict_types else self.warnings).append(msg)


def short(v, n=60) -> str:
    s = repr(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def encode_cell(ftype: str, value) -> str:
    """JSON value -> CSV text, by the README's conventions."""
    if value is None:
        return ""
    if ftype == "boolean":
        return "true" if value else "false"
    if ftype in ("integer", "number"):
        if isinstance(value, float) and value.is_integer():
            return str(int(value))  # JavaScript's String(1.0) is "1"
        return str(value)
    if ftype == "list":
        return "|".join(defuse(x) for x in value)
    return defuse(value)


def decode_cell(ftype: str, text: str):
    """CSV text -> value, by the README's conventions."""
    if ftype == "list":
        return [] if text == "" else [undefuse(x) for x in text.split("|")]
    if text == "":
        return None
    if ftype == "boolean":
        return {"true": True, "false": False}.get(text, ("not a boolean", text))
    if ftype == "integer":
        return int(text)
    if ftype == "number":
        return float(text)
    return undefuse(text)


def same_value(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


def strings_of(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [x for x in value if isinstance(x, str)]
    return []


def nonascii_counter(values) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for v in values:
        for s in strings_of(v):
            c.update(ch for ch in s if ord(ch) > 127)
    return c


def check_table(name: str, data_dir: str, input_dir: str, resource: dict | None, articles_enc: dict, texts: dict, rep: Report) -> str:
    start_fail, start_warn = len(rep.failures), len(rep.warnings)
    csv_path = os.path.join(data_dir, f"{name}.csv")
    json_path = os.path.join(data_dir, f"{name}.json")
    fields = [(f["name"], f["type"]) for f in (resource or {}).get("schema", {}).get("fields", [])]
    ftype = dict(fields)
    notes: list[str] = []

    # --- raw bytes
    raw = open(csv_path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        rep.fail(f"{name}.csv starts with a UTF-8 BOM")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.fail(f"{name}.csv is not valid UTF-8: {e}")
    crlf = raw.count(b"\r\n")
    if crlf:
        rep.warn(f"{name}.csv contains CRLF ({crlf}x); the codebook says LF line ends")
    if raw and not raw.endswith(b"\n"):
        rep.warn(f"{name}.csv does not end with a newline")

    # --- the README's way, and a raw-text way
    df = pd.read_csv(csv_path, keep_default_na=False, na_values=[""])
    raw_df = pd.read_csv(csv_path, dtype=str, keep_default_na=False, na_filter=False)
    rows = json.load(open(json_path, encoding="utf-8"))
    jdf = pd.read_json(json_path, orient="records", dtype=False, convert_dates=False)
    if not isinstance(rows, list):
        rep.fail(f"{name}.json is not an array")
        rows = []

    csv_cols = list(df.columns)
    dp_cols = [n for n, _ in fields]
    json_cols_set = {tuple(r.keys()) for r in rows}
    if len(rows) != len(df) or len(jdf) != len(df):
        rep.fail(f"{name}: row counts differ: csv {len(df)}, json {len(rows)}, pandas.read_json {len(jdf)}")
    if dp_cols and csv_cols != dp_cols:
        rep.fail(f"{name}: CSV columns {csv_cols} differ from datapackage {dp_cols}")
    for keys in json_cols_set:
        if list(keys) != csv_cols:
            rep.fail(f"{name}: JSON row keys {list(keys)} differ from CSV columns {csv_cols}")
            break
    if rows and list(jdf.columns) != csv_cols:
        rep.fail(f"{name}: pandas.read_json columns {list(jdf.columns)} differ from CSV columns")
    if not fields:
        rep.fail(f"{name}: no schema in datapackage.json")
        fields = [(c, "string") for c in csv_cols]
        ftype = dict(fields)

    # --- cell by cell, both directions
    mismatches = 0
    ambiguous = collections.Counter()
    defused = 0
    n = min(len(rows), len(raw_df))
    for i in range(n):
        row = rows[i]
        for col, t in fields:
            if col not in raw_df.columns:
                continue
            text = raw_df.at[i, col]
            value = row.get(col)
            if t == "string" and isinstance(text, str) and text != undefuse(text):
                defused += 1
            expect_text = encode_cell(t, value)
            try:
                back = decode_cell(t, text)
            except ValueError as e:
                back = ("unparseable", str(e))
            if expect_text != text:
                mismatches += 1
                if mismatches <= 5:
                    rep.fail(f"{name} row {i} {col}: CSV text {short(text)} but JSON {short(value)} encodes to {short(expect_text)}")
            if not same_value(back, value):
                if t == "list" and value is None and back == []:
                    ambiguous[f"{col}: null list reads back as []"] += 1
                elif t == "string" and value == "" and back is None:
                    ambiguous[f"{col}: empty string reads back as null"] += 1
                else:
                    mismatches += 1
                    if mismatches <= 5:
                        rep.fail(f"{name} row {i} {col}: CSV {short(text)} decodes to {short(back)}, JSON has {short(value)}")
            if t == "list" and isinstance(value, list) and any(x == "" or "|" in x for x in value):
                ambiguous[f"{col}: list item empty or containing '|'"] += 1
    if mismatches > 5:
        rep.fail(f"{name}: {mismatches} CSV/JSON cell mismatches in all (first 5 shown)")
    for what, count in ambiguous.items():
        rep.fail(f"{name}: CSV cannot carry the JSON value — {what} ({count} rows)")

    # --- pandas type inference vs the schema
    for col, t in fields:
        if col not in df.columns:
            continue
        s = df[col]
        dtype = str(s.dtype)
        has_null = s.isna().any()
        if t in ("string", "date", "list"):
            if dtype != "object":
                examples = []
                for i in range(min(len(rows), len(df))):
                    v, p = rows[i].get(col), s.iloc[i]
                    if v is not None and not (isinstance(p, float) and math.isnan(p)) and str(p) != str(v if t != "list" else "|".join(v)):
                        examples.append(f"{v!r}->{p!r}")
                lost = f"; values changed: {', '.join(sorted(set(examples))[:4])}" if examples else ""
                rep.typewarn(f"{name}.{col}: {t} column read by pandas as {dtype}{lost}")
            elif t in ("string", "date"):
                bad = [p for p in s if not (isinstance(p, str) or p is None or (isinstance(p, float) and math.isnan(p)))]
                if bad:
                    rep.typewarn(f"{name}.{col}: {t} column has non-string values in pandas: {bad[:3]}")
        elif t == "integer":
            if dtype != "int64":
                rep.typewarn(f"{name}.{col}: integer column read by pandas as {dtype}" + (" (has nulls)" if has_null else ""))
        elif t == "number":
            if not dtype.startswith("float") and dtype != "int64":
                rep.typewarn(f"{name}.{col}: number column read by pandas as {dtype}")
        elif t == "boolean":
            if dtype != "bool":
                rep.typewarn(f"{name}.{col}: boolean column read by pandas as {dtype}" + (" (has nulls)" if has_null else ""))
    if len(df) == 0 and len(df.columns):
        notes.append("empty table, header only")

    # --- accents: non-ASCII characters in JSON == in the pandas frame
    json_chars = nonascii_counter(v for r in rows for v in r.values())
    frame_values = []
    for col, t in fields:
        if col in df.columns:
            for p in df[col]:
                if isinstance(p, str):
                    frame_values.append(p.split("|") if t == "list" else undefuse(p))
    frame_chars = nonascii_counter(frame_values)
    if json_chars != frame_chars:
        diff = {ch: (json_chars[ch], frame_chars[ch]) for ch in set(json_chars) | set(frame_chars) if json_chars[ch] != frame_chars[ch]}
        rep.fail(f"{name}: non-ASCII characters differ between JSON and pandas frame (json, csv): {dict(list(diff.items())[:8])}")
    probe_hits = []
    json_strings = [s for r in rows for v in r.values() for s in strings_of(v)]
    frame_strings = [s for v in frame_values for s in strings_of(v)]
    for probe in PROBES:
        j = sum(probe in s for s in json_strings)
        c = sum(probe in s for s in frame_strings)
        if j or c:
            if j != c:
                rep.fail(f"{name}: probe {probe!r} in {j} JSON cells but {c} pandas cells")
            probe_hits.append(f"{probe!r}x{j}" if probe != "\u00a0" else f"NBSPx{j}")
    moj = [m for m in MOJIBAKE if any(m in s for s in json_strings)]
    if moj:
        rep.warn(f"{name}: mojibake-like sequences in the data itself (JSON too): {moj}")
    non_nfc = sum(1 for s in json_strings if unicodedata.normalize("NFC", s) != s)
    if non_nfc:
        notes.append(f"{non_nfc} non-NFC cells (kept as in source)")

    # --- provenance
    prov = ""
    if name in PROVENANCE_TABLES:
        ok = 0
        for i, row in enumerate(rows):
            src = row.get("source_file")
            s, e, ev = row.get("char_start"), row.get("char_end"), row.get("evidence")
            if src is None or s is None or e is None or ev is None:
                rep.fail(f"{name} row {i}: missing provenance {src!r} {s!r} {e!r}")
                continue
            text = load_text(os.path.join(input_dir, src), texts, rep)
            if text is None:
                continue
            got = text[s:e]
            csv_ev = undefuse(str(df.at[i, "evidence"])) if i < len(df) else None
            csv_ok = i < len(df) and csv_ev == ev and int(df.at[i, "char_start"]) == s and int(df.at[i, "char_end"]) == e
            if got == ev and csv_ok:
                ok += 1
            elif got != ev:
                if len([f for f in rep.failures if f.startswith(f"{name} row")]) < 5:
                    rep.fail(f"{name} row {i} ({row.get(list(row)[0])}): {src}[{s}:{e}] is {short(got, 80)}, evidence is {short(ev, 80)}")
            else:
                rep.fail(f"{name} row {i}: CSV evidence/offsets differ from JSON")
        bad = len(rows) - ok
        prov = f", evidence slices {ok}/{len(rows)}"
        if bad > 5:
            rep.fail(f"{name}: {bad} evidence slices wrong in all")
    elif name == "articles":
        ok = 0
        for i, row in enumerate(rows):
            path = os.path.join(input_dir, row["source_file"])
            if not os.path.exists(path):
                rep.fail(f"articles row {i}: {path} not found")
                continue
            b = open(path, "rb").read()
            text = load_text(path, texts, rep)
            problems = []
            if hashlib.sha256(b).hexdigest() != row["source_sha256"]:
                problems.append("sha256")
            if len(b) != row["bytes"]:
                problems.append(f"bytes {len(b)} != {row['bytes']}")
            if text is not None and len(text) != row["chars"]:
                problems.append(f"chars {len(text)} != {row['chars']}")
            if text is not None and not (0 <= row["body_char_start"] <= row["body_char_end"] <= len(text)):
                problems.append("body offsets out of range")
            if problems:
                rep.fail(f"articles row {i} {row['source_file']}: {', '.join(problems)}")
            else:
                ok += 1
        prov = f", files match sha256/bytes/chars {ok}/{len(rows)}"

    status = "FAIL" if len(rep.failures) > start_fail else "ok"
    warns = len(rep.warnings) - start_warn
    accents = sum(json_chars.values())
    line = (f"{status:4} {name:12} rows={len(df)} json={len(rows)} cols={len(csv_cols)}"
            f"{prov}, cells csv<->json {'exact' if mismatches == 0 and not ambiguous else 'DIFFER'}"
            f", defused={defused}, non-ASCII chars={accents} ({len(json_chars)} distinct) intact={'yes' if json_chars == frame_chars else 'NO'}")
    if probe_hits:
        line += f", probes {' '.join(probe_hits[:6])}"
    if notes:
        line += f", {'; '.join(notes)}"
    if warns:
        line += f", {warns} warning(s)"
    return line


def load_text(path: str, texts: dict, rep: Report):
    if path in texts:
        return texts[path]
    if not os.path.exists(path):
        rep.fail(f"source file {path} not found")
        texts[path] = None
        return None
    try:
        # exactly as the README tells users
        text = open(path, encoding="utf-8-sig", newline="").read()
    except UnicodeDecodeError:
        text, _ = decode_source(open(path, "rb").read())
        rep.warn(f"{path} is not UTF-8; offsets checked against its windows-1252 decoding")
    texts[path] = text
    return text


def check_datapackage(data_dir: str, dp: dict, rep: Report) -> str:
    ok = 0
    for r in dp.get("resources", []):
        path = os.path.join(data_dir, r["path"])
        if not os.path.exists(path):
            rep.fail(f"datapackage: {r['path']} missing")
            continue
        b = open(path, "rb").read()
        problems = []
        if "bytes" in r and r["bytes"] != len(b):
            problems.append(f"bytes {r['bytes']} != {len(b)}")
        if "hash" in r and r["hash"] != "sha256:" + hashlib.sha256(b).hexdigest():
            problems.append("sha256 differs")
        if problems:
            rep.fail(f"datapackage: {r['path']}: {', '.join(problems)}")
        else:
            ok += 1
    listed = {r["path"] for r in dp.get("resources", [])}
    missing = [f"{t}.{ext}" for t in TABLES for ext in ("csv", "json", "arrow") if f"{t}.{ext}" not in listed]
    if missing:
        rep.warn(f"datapackage: files not listed: {missing}")
    return f"{'ok' if ok == len(dp.get('resources', [])) else 'FAIL':4} {'datapackage':12} {ok}/{len(dp.get('resources', []))} resources match bytes+sha256"


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    strict = "--strict-types" in argv
    data_dir = args[0] if len(args) > 0 else "dist-data"
    input_dir = args[1] if len(args) > 1 else "seeds"
    rep = Report(strict)
    print(f"check_pandas: pandas {pd.__version__} (python {sys.version.split()[0]}), dataset {data_dir}, input {input_dir}")
    dp_path = os.path.join(data_dir, "datapackage.json")
    dp = json.load(open(dp_path, encoding="utf-8")) if os.path.exists(dp_path) else {}
    if not dp:
        rep.fail("datapackage.json missing")
    resources = {r["name"]: r for r in dp.get("resources", [])}
    texts: dict = {}
    for name in TABLES:
        for ext in ("csv", "json"):
            if not os.path.exists(os.path.join(data_dir, f"{name}.{ext}")):
                rep.fail(f"{name}.{ext} missing")
        if not all(os.path.exists(os.path.join(data_dir, f"{name}.{ext}")) for ext in ("csv", "json")):
            print(f"FAIL {name:12} missing files")
            continue
        try:
            print(check_table(name, data_dir, input_dir, resources.get(name), {}, texts, rep), flush=True)
        except Exception as e:  # a reader crash is a failure, not a traceback
            rep.fail(f"{name}: {type(e).__name__}: {e}")
            print(f"FAIL {name:12} {type(e).__name__}: {e}")
    if dp:
        print(check_datapackage(data_dir, dp, rep))
    for w in rep.warnings:
        print(f"  WARN {w}")
    for f in rep.failures:
        print(f"  FAIL {f}")
    print(f"check_pandas: {len(TABLES)} tables, {len(rep.failures)} failure(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
