#!/usr/bin/env bash
# Compares seloste's full check of a notice from JSON bytes (decode and
# validate) with Ajv's structural check of the same bytes against the notice
# JSON Schema, on the bundled examples. Needs Go, Node.js and npm; not run by
# CI or the tests. Usage, from the repository root:
#
#   bash bench/ajv/run.sh
#
# Prints, per example, the nanoseconds of each and seloste's time as a
# multiple of Ajv's.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in examples/notices/*.yaml; do
  go run ./cmd/seloste fmt -to json "$f" >"$dir/$(basename "$f" .yaml).json" 2>/dev/null
done
(cd bench/ajv && npm ci --no-audit --no-fund --silent)
node bench/ajv/ajv.mjs notice/notice.schema.json "$dir"/*.json >"$dir/ajv.txt"
SELOSTE_AJV_DIR="$dir" go test ./bench/ajv -run '^$' -bench FullCheck -benchmem -count 1 >"$dir/go.txt"
printf '%-24s %12s %12s %8s  %s\n' notice "seloste ns" "ajv ns" ratio "ajv says"
awk '
  FNR == NR { ajv[$1] = $2; verdict[$1] = $3; next }
  /^BenchmarkFullCheck\// {
    name = $1; sub(/^BenchmarkFullCheck\//, "", name); sub(/-[0-9]+$/, "", name)
    printf "%-24s %12.0f %12.0f %8.2f  %s\n", name, $3, ajv[name], $3 / ajv[name], verdict[name]
  }
' "$dir/ajv.txt" "$dir/go.txt"
