#!/usr/bin/env bash
# Render page 1 of a .docx to PNG the way the tests do: LibreOffice -> PDF -> pdftoppm.
#   scripts/render_page1.sh out/ham-thuan-bac-2024-h1.docx docs/demo-page1.png
#   DPI=100 scripts/render_page1.sh DOCX PNG          (default 60 dpi)
# Without a pipeline output, render the hand-built sample draft instead:
#   .venv/bin/python -m service.docx.sample /tmp/sample.docx && scripts/render_page1.sh /tmp/sample.docx PNG
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 DOCX PNG" >&2; exit 2; }
docx=$1 png=$2 dpi=${DPI:-60}
[ -f "$docx" ] || { echo "$0: $docx: no such file" >&2; exit 1; }
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$0: $tool missing (apt-get install libreoffice-writer-nogui poppler-utils)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a private LibreOffice profile: parallel runs on a shared machine must not share one
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$docx" >/dev/null 2>&1
pdf="$tmp/$(basename "${docx%.*}").pdf"
[ -f "$pdf" ] || { echo "$0: LibreOffice could not convert $docx" >&2; exit 1; }
pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$tmp/page1"
mkdir -p "$(dirname "$png")"
mv "$tmp/page1.png" "$png"
echo "$png"
