#!/usr/bin/env bash
# The browser check of CI: render every bundled notice (examples/notices),
# every corpus notice (testdata/corpus) and the features notice
# (testdata/render/features.yaml, which makes every statement the model
# holds) as a page in fi, sv and en, full and short, with the built seloste
# command, and check each page in headless Chromium with axe-core (check.mjs
# says what is checked). Installs Debian's chromium when it is missing and
# the npm packages of package-lock.json.
#
#	bash .ci/browser/check.sh [notice ...]
#
# With no arguments it takes every notice it finds. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=.ci/browser

if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "installing Node.js and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nodejs npm >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null
node --version

# axe-core and playwright-core, as package-lock.json pins them. Playwright
# drives Debian's chromium; it downloads no browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/seloste" ./cmd/seloste
mkdir "$tmp/pages"

shopt -s nullglob
if [ $# -gt 0 ]; then
  notices=("$@")
else
  notices=(examples/notices/*.yaml examples/notices/*.json testdata/corpus/*.yaml testdata/corpus/*.json testdata/render/features.yaml)
fi
if [ ${#notices[@]} -eq 0 ]; then
  echo "no notices to check" >&2
  exit 1
fi

failed=0
for f in "${notices[@]}"; do
  # A corpus notice may share a name with a bundled one: the folder tells
  # them apart.
  case "$f" in
    testdata/corpus/*) name="corpus-$(basename "${f%.*}")" ;;
    testdata/render/*) name="render-$(basename "${f%.*}")" ;;
    *) name=$(basename "${f%.*}") ;;
  esac
  for lang in fi sv en; do
    full="$name.$lang.full.html"
    if ! "$tmp/seloste" render -format page -lang "$lang" -layer full -o "$tmp/pages/$full" "$f"; then
      echo "FAIL $f: seloste render -lang $lang -layer full failed" >&2
      failed=1
    fi
    # The short layer links to the full page beside it, at its article.
    if ! "$tmp/seloste" render -format page -lang "$lang" -layer short \
      -full-url "$full#privacy-notice" -o "$tmp/pages/$name.$lang.short.html" "$f"; then
      echo "FAIL $f: seloste render -lang $lang -layer short failed" >&2
      failed=1
    fi
  done
done

status=0
node "$here/check.mjs" "$tmp/pages" || status=$?
if [ "$failed" -ne 0 ]; then
  echo "some notices could not be rendered" >&2
  exit 1
fi
exit "$status"
