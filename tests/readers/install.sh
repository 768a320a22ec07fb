#!/usr/bin/env bash
# Installs what the reader checks need, only where it is missing (idempotent).
#   tests/readers/install.sh                 pandas (Debian), R with readr and jsonlite (Debian), @duckdb/node-api (private npm prefix)
#   tests/readers/install.sh --spreadsheet   also LibreOffice Calc (headless) for check_spreadsheet.sh
#   tests/readers/install.sh --keep-going    never fail: say loudly what could not be installed (make test uses this,
#                                            and the snippet tests then skip that reader, except in CI where they fail)
# PyPI is not reachable here: pandas comes from Debian's python3-pandas, which lives
# in /usr/bin/python3's dist-packages (check_pandas.py re-runs itself there if needed).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="$HERE/.node"
SPREADSHEET=0
KEEP_GOING=0
for arg in "$@"; do
  case "$arg" in
    --spreadsheet) SPREADSHEET=1 ;;
    --keep-going) KEEP_GOING=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
MISSING=()
# could_not NAME: with --keep-going, note it and go on; otherwise stop.
could_not() {
  if [ "$KEEP_GOING" -eq 1 ]; then
    MISSING+=("$1")
    echo "install.sh: *** could not install $1; the tests that need it will be SKIPPED (and fail in CI) ***" >&2
  else
    echo "install.sh: could not install $1" >&2
    exit 1
  fi
}

start=$(date +%s)

# 1. pandas for Debian's python3
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  echo "pandas: present ($(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'))"
else
  echo "pandas: installing Debian python3-pandas"
  if apt_install python3-pandas; then
    echo "pandas: installed ($(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)'))"
  else
    could_not "pandas (Debian python3-pandas)"
  fi
fi

# 1b. R with readr and jsonlite (Debian); Debian has no R arrow package, so the R Parquet snippet is not run
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(readr); library(jsonlite)' >/dev/null 2>&1; then
  echo "R: present ($(Rscript -e 'cat(R.version.string, "readr", format(packageVersion("readr")), "jsonlite", format(packageVersion("jsonlite")))' 2>/dev/null))"
else
  echo "R: installing Debian r-base-core r-cran-readr r-cran-jsonlite"
  if apt_install r-base-core r-cran-readr r-cran-jsonlite; then
    echo "R: installed"
  else
    could_not "R (Debian r-base-core r-cran-readr r-cran-jsonlite)"
  fi
fi

# 2. @duckdb/node-api into a private prefix (not the project's package.json)
if [ -f "$PREFIX/node_modules/@duckdb/node-api/package.json" ] \
   && (cd "$PREFIX" && node -e "import('@duckdb/node-api').then(() => process.exit(0), () => process.exit(1))") 2>/dev/null; then
  echo "@duckdb/node-api: present ($(node -p "require('$PREFIX/node_modules/@duckdb/node-api/package.json').version"))"
else
  echo "@duckdb/node-api: installing into $PREFIX"
  mkdir -p "$PREFIX"
  if npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error @duckdb/node-api; then
    echo "@duckdb/node-api: installed ($(node -p "require('$PREFIX/node_modules/@duckdb/node-api/package.json').version"))"
  else
    could_not "@duckdb/node-api"
  fi
fi

# 3. optional: LibreOffice Calc without GUI
if [ "$SPREADSHEET" -eq 1 ]; then
  if command -v soffice >/dev/null 2>&1; then
    echo "soffice: present"
  else
    echo "soffice: installing Debian libreoffice-calc-nogui"
    apt_install libreoffice-calc-nogui || could_not "LibreOffice (Debian libreoffice-calc-nogui)"
  fi
fi

echo "install.sh: done in $(( $(date +%s) - start ))s${MISSING:+, MISSING: ${MISSING[*]}}"
