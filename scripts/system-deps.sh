#!/usr/bin/env bash
# Installs the Debian packages some tests need (LibreOffice, poppler, Chromium,
# PostgreSQL), listed in tests/system-packages.txt, where they are missing.
# Never fails the build: tests that need a missing tool skip with a reason.
set -u
list="$(dirname "$0")/../tests/system-packages.txt"
[ -f "$list" ] || exit 0
missing=()
while read -r pkg; do
  pkg="${pkg%%#*}"; pkg="$(echo "$pkg" | xargs)"
  [ -z "$pkg" ] && continue
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done < "$list"
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: cannot install ${missing[*]} (not root or no apt-get); tests needing them will skip" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
timeout 600 apt-get update -qq >/dev/null 2>&1
timeout 1200 apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
  || echo "system-deps: apt-get install failed for ${missing[*]}; tests needing them will skip" >&2
exit 0
