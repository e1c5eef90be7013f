#!/usr/bin/env bash
# The project's test command: set-up (idempotent), type check, lint, then every test.
# Extra arguments go to vitest (e.g. scripts/test.sh test/unit).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test-engines
[ -x .tools/node/bin/node ] && export PATH="$PWD/.tools/node/bin:$PATH"
echo "[test] node $(node --version); typecheck"
node_modules/.bin/tsc --noEmit -p .
echo "[test] lint"
node_modules/.bin/biome check --error-on-warnings .
echo "[test] vitest"
report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI can read.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || true
exit "$status"
