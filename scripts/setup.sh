#!/usr/bin/env bash
# Sets up everything Toco Uploader needs on this machine: the Debian libraries Qt needs (when
# missing and when we are root), a virtual environment in .venv, and the Python packages.
# Safe to run again: it skips what is already done.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Debian packages: offscreen Qt, real windows under Xvfb, a Secret Service for the keyring test.
qt_pkgs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
x_pkgs="xvfb xauth libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-util1"
# For the test suite only: a real Secret Service for the keyring test, LibreOffice as a foreign
# workbook writer.
test_pkgs="gnome-keyring dbus-daemon libsecret-1-0 libreoffice-calc-nogui"
extra_pkgs="${TOCO_EXTRA_DEBS:-}"
if [ "${1:-}" = "--for-tests" ]; then
  extra_pkgs="$extra_pkgs $test_pkgs"
fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $qt_pkgs $x_pkgs $extra_pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing Debian packages:$missing" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      # shellcheck disable=SC2086
      apt-get install -y -qq --no-install-recommends $missing >&2
    else
      echo "Missing Debian packages (run as root to install them):$missing" >&2
    fi
  fi
fi

py="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=".venv/.toco-installed"
want="$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >&2 || true
  .venv/bin/python -m pip install -q -e ".[dev]" >&2
  echo "$want" > "$stamp"
fi
# Translations are built from their .ts sources, never committed as binaries.
if [ -x scripts/build_translations.sh ]; then
  scripts/build_translations.sh >&2
fi
