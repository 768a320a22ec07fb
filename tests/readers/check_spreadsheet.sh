#!/usr/bin/env bash
# Reader check (optional): the CSV files open in a spreadsheet (LibreOffice Calc,
# headless) with accents intact and formula-like text shown as text.
#
#   tests/readers/check_spreadsheet.sh [DATASET_DIR]     (default dist-data)
#
# Needs soffice (tests/readers/install.sh --spreadsheet); without it, it says so
# and exits 0. For events.csv, actors.csv and a small probe CSV written the way
# the pipeline defuses cells ('=1+1, '-VNA, '@SUM(1), '+33…), it runs
#   soffice --headless --convert-to xlsx  (CSV import: comma, double quote, UTF-8)
#   soffice --headless --convert-to csv   (back, UTF-8)
# and checks:
#   * every cell with a non-ASCII character comes back identical (accents);
#   * no cell of the release files becomes a formula in the xlsx;
#   * each defused cell is a text cell, not a formula, and reads back as written;
#   * (control) the same text without its apostrophe IS turned into a formula,
#     which shows why the CSV defuses it.
# Cells a spreadsheet retypes (a code "040" -> number 40, true -> TRUE, a date
# reformatted) are listed as WARN, not failures. Exits 1 on any failure.
set -euo pipefail

DATA="${1:-dist-data}"
if ! command -v soffice >/dev/null 2>&1; then
  echo "check_spreadsheet: soffice not found, skipped (install with tests/readers/install.sh --spreadsheet)"
  exit 0
fi
PY=python3
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; fi

WORK="$(mktemp -d -t readers-spreadsheet.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in" "$WORK/back" "$WORK/profile"
# a private LibreOffice profile: no clash with a running office or another check
LO=(soffice "-env:UserInstallation=file://$WORK/profile" --headless --norestore)

cp "$DATA/events.csv" "$DATA/actors.csv" "$WORK/in/"
# The probe: text cells as the pipeline writes them (cells.ts defuse), plus a
# control column holding the same text without the apostrophe.
cat >"$WORK/in/probe.csv" <<'EOF'
id,defused,control,accents
a,'=1+1,=1+1,Hanoï
b,'-VNA,-VNA,œuvre
c,'@SUM(1),@SUM(1),l’accord
d,'+33 1 23,+33 1 23,Tô Lâm – Nguyễn Đức
e,"'=HYPERLINK(""http://example.invalid"",""x"")","=HYPERLINK(""http://example.invalid"",""x"")",Phạm Minh Chính
EOF

echo "check_spreadsheet: $(soffice --version 2>/dev/null | head -1), dataset $DATA"
for f in events actors probe; do
  "${LO[@]}" --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$WORK/xlsx" "$WORK/in/$f.csv" >/dev/null 2>&1
  "${LO[@]}" --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1" --outdir "$WORK/back" "$WORK/xlsx/$f.xlsx" >/dev/null 2>&1
  if [ ! -s "$WORK/back/$f.csv" ]; then echo "FAIL $f: LibreOffice produced no CSV"; exit 1; fi
done

"$PY" - "$WORK" <<'PYEOF'
import csv, re, sys, zipfile
from collections import Counter
work = sys.argv[1]
failures, warnings = [], []
FORMULA_START = re.compile(r"^'*[=+\-@\t\r\n]")

def cells_of_xlsx(path):
    """(ref -> (type, has_formula, text)) for the first sheet."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
        for si in re.findall(r"<si>(.*?)</si>", sst, re.S):
            text = "".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))
            shared.append(text.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    out = {}
    for attrs, body in re.findall(r"<c ([^>]*?)(?:/>|>(.*?)</c>)", sheet, re.S):
        ref = re.search(r'r="([A-Z]+\d+)"', attrs).group(1)
        typ = (re.search(r't="(\w+)"', attrs) or [None, "n"])[1]
        v = re.search(r"<v>(.*?)</v>", body or "", re.S)
        text = shared[int(v.group(1))] if typ == "s" and v else (v.group(1) if v else "")
        out[ref] = (typ, "<f" in (body or ""), text)
    return out

def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

for name in ("events", "actors", "probe"):
    orig = list(csv.reader(open(f"{work}/in/{name}.csv", encoding="utf-8", newline="")))
    back = list(csv.reader(open(f"{work}/back/{name}.csv", encoding="utf-8", newline="")))
    xlsx = cells_of_xlsx(f"{work}/xlsx/{name}.xlsx")
    header = orig[0]
    f0 = len(failures)
    if len(orig) != len(back):
        failures.append(f"{name}: {len(orig)} rows in, {len(back)} rows back")
    accented = accented_ok = defused = defused_ok = formulas = control_total = 0
    control_formulas = []
    retyped = Counter()
    examples = {}
    for r, (a, b) in enumerate(zip(orig, back)):
        b = b + [""] * (len(a) - len(b))
        for c, (x, y) in enumerate(zip(a, b)):
            col = header[c]
            ref = f"{col_letter(c)}{r + 1}"
            typ, formula, text = xlsx.get(ref, ("", False, ""))
            if name == "probe" and col == "control" and r > 0:
                control_total += 1
                if formula:
                    control_formulas.append(x.split("(")[0])
                continue
            if formula:
                formulas += 1
                failures.append(f"{name} {ref} ({col}): {x!r} became a formula")
            if re.search(r"[^\x00-\x7f]", x):
                accented += 1
                if x == y:
                    accented_ok += 1
                else:
                    failures.append(f"{name} {ref} ({col}): accented text {x!r} came back as {y!r}")
            if x.startswith("'") and FORMULA_START.match(x):
                defused += 1
                if typ in ("s", "str", "inlineStr") and not formula and text == x and y == x:
                    defused_ok += 1
                else:
                    failures.append(f"{name} {ref} ({col}): defused {x!r} is type={typ} formula={formula} text={text!r}, back {y!r}")
            elif x != y and not re.search(r"[^\x00-\x7f]", x):
                retyped[col] += 1
                examples.setdefault(col, f"{x!r}->{y!r}")
    for col, n in retyped.items():
        warnings.append(f"{name}.{col}: {n} cell(s) retyped by the spreadsheet, e.g. {examples[col]}")
    status = "FAIL" if len(failures) > f0 else "ok  "
    extra = (f", control (same text, no apostrophe): {len(control_formulas)}/{control_total} became formulas {control_formulas}"
             if control_total else "")
    print(f"{status} {name:8} rows={len(orig) - 1}, accented cells {accented_ok}/{accented} identical, "
          f"defused cells shown as text {defused_ok}/{defused}, cells turned into formulas: {formulas}{extra}")
for w in warnings:
    print(f"  WARN {w}")
for f in failures:
    print(f"  FAIL {f}")
print(f"check_spreadsheet: 3 files, {len(failures)} failure(s), {len(warnings)} warning(s)")
sys.exit(1 if failures else 0)
PYEOF
