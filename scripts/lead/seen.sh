#!/bin/sh
# seen.sh URL... : is this address already used anywhere (every worktree's held-out cases, real cases, sweep pages)?
for u in "$@"; do
  base=$(printf %s "$u" | sed 's/[?#].*//; s#^https\?://##; s#^www\.##; s#/$##')
  hits=$(grep -rlF -- "$base" /work/*/evaluations/cases /work/*/evaluations/sweep/pages /work/*/evaluations/sweep/*.md /work/*/evaluations/sweep/*.tsv 2>/dev/null | sed 's#^/work/\([^/]*\)/.*/\([^/]*\)/[^/]*$#\1:\2#' | sort -u | head -5)
  if [ -n "$hits" ]; then echo "SEEN $u"; echo "$hits" | sed 's/^/   /'; else echo "new  $u"; fi
done
