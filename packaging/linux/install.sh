#!/bin/sh
# Adds Toco Uploader to this user's applications menu (no root needed):
#   ./install.sh            from inside the unpacked folder
# It writes ~/.local/share/applications/toco-uploader.desktop (pointing at this folder) and the
# icon; ./install.sh --remove takes them away again. The folder itself stays where it is.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/toco-uploader.desktop"
icon="$data/icons/hicolor/256x256/apps/toco-uploader.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "removed $entry and $icon"
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/toco-uploader.png" "$icon"
# the folder's path as sed's replacement text (\, & and | stand for themselves)
escaped="$(printf '%s' "$here" | sed 's/[\\&|]/\\&/g')"
sed "s|^Exec=toco-uploader|Exec=\"$escaped/toco-uploader\"|" "$here/toco-uploader.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Toco Uploader is in your applications menu ($entry)."
