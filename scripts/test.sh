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
# CI builds the desktop bundle first, so the bundle's smoke tests run it (and fail, rather
# than skip, when it is missing); elsewhere they run against a bundle ./scripts/package.sh
# built earlier, or skip. TOCO_BUILD_BUNDLE=1 builds it outside CI too, =0 skips it in CI.
if [ "${TOCO_BUILD_BUNDLE:-${CI:-false}}" = true ] || [ "${TOCO_BUILD_BUNDLE:-}" = 1 ]; then
  echo "== desktop bundle (scripts/package.sh)" >&2
  TOCO_PYTHON=.venv/bin/python "$here/scripts/package.sh" >/dev/null
  export TOCO_BUNDLE_REQUIRED=1
fi
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
