#!/usr/bin/env bash
# Builds the window's translations: every resources/translations/*.ts → .qm (git-ignored).
# To refresh the .ts sources after changing texts in app/gui:
#   .venv/bin/pyside6-lupdate $(find app/gui -name "*.py") -ts resources/translations/toco_id.ts
#   .venv/bin/pyside6-lupdate -pluralonly $(find app/gui -name "*.py") -ts resources/translations/toco_en.ts
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
lrelease=".venv/bin/pyside6-lrelease"
if [ ! -x "$lrelease" ]; then
  lrelease="$(command -v pyside6-lrelease || true)"
fi
if [ -z "$lrelease" ]; then
  echo "pyside6-lrelease not found: run scripts/setup.sh first" >&2
  exit 1
fi
shopt -s nullglob
for ts in resources/translations/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
