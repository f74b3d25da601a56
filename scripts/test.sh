#!/usr/bin/env bash
# Sets everything up, then runs every check: ruff, mypy and the whole test suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
"$here/scripts/setup.sh" --for-tests
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
echo "== ruff" >&2
.venv/bin/ruff check app tests benchmarks
.venv/bin/ruff format --check app tests benchmarks
echo "== mypy (app, tests, benchmarks)" >&2
.venv/bin/mypy
echo "== pytest" >&2
set +e
.venv/bin/python -m pytest -n "${TOCO_TEST_WORKERS:-2}" "$@"
rc=$?
set -e
if [ "$rc" = 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$rc"
