#!/usr/bin/env bash
# Sets everything up, then opens Toco Uploader in demo mode (a sample workbook and a local
# sandbox store). Extra arguments go to the app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
"$here/scripts/setup.sh"
if [ $# -eq 0 ]; then
  set -- --demo
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    echo "No display found: running on a virtual screen (Xvfb)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/toco-uploader "$@"
  fi
fi
exec .venv/bin/toco-uploader "$@"
