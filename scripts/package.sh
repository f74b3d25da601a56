#!/usr/bin/env bash
# Builds the Linux desktop bundle from a fresh clone, in one command:
#   ./scripts/package.sh
# → dist/toco-uploader/ (the one-folder bundle: run dist/toco-uploader/toco-uploader)
#   dist/toco-uploader-<version>-linux-<arch>.tar.gz (the same folder, with the .desktop entry,
#   the icon and install.sh, to hand to a merchant)
# Steps: set-up (.venv with the dev tools, as scripts/test.sh), the translations, the icons when
# missing, PyInstaller, the tar.gz. Windows and macOS: packaging/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
py="${TOCO_PYTHON:-.venv/bin/python}"
if [ -z "${TOCO_PYTHON:-}" ]; then
  "$here/scripts/setup.sh"
fi
pyinstaller="$(dirname "$py")/pyinstaller"

echo "== translations" >&2
PATH="$(dirname "$py"):$PATH" scripts/build_translations.sh
if [ ! -f resources/icon/toco-uploader-256.png ] || [ ! -f resources/icon/toco-uploader.ico ]; then
  echo "== icons" >&2
  QT_QPA_PLATFORM=offscreen "$py" scripts/make_icons.py >/dev/null
fi

echo "== pyinstaller" >&2
start=$(date +%s)
"$pyinstaller" packaging/toco-uploader.spec --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller
echo "bundle built in $(( $(date +%s) - start )) s: dist/toco-uploader/" >&2

version="$(PYTHONPATH="$here" "$py" -c 'import app; print(app.__version__)')"
arch="$(uname -m)"
name="toco-uploader-$version-linux-$arch"
cp packaging/linux/toco-uploader.desktop packaging/linux/install.sh dist/toco-uploader/
cp resources/icon/toco-uploader-256.png dist/toco-uploader/toco-uploader.png
chmod +x dist/toco-uploader/install.sh
tar -C dist --transform "s,^toco-uploader,$name," -czf "dist/$name.tar.gz" toco-uploader
echo "dist/$name.tar.gz" >&2
echo "dist/$name.tar.gz"
