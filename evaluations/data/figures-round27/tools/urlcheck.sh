#!/bin/bash
# usage: urlcheck.sh URL... ; prints the number of places holding the address (0 = fresh); /work/batchyq excluded
files=$(ls -d /work/*/ | grep -v '^/work/batchyq/')
for u in "$@"; do
  key=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#/$##')
  tail=$(echo "$key" | awk -F/ '{print $NF}'); [ ${#tail} -lt 12 ] && tail="$key"
  hits=0
  for d in $files; do
    n=$(grep -rlF -- "$tail" $d/evaluations/sweep $d/evaluations/cases $d/evaluations/data 2>/dev/null | wc -l); hits=$((hits+n))
  done
  echo "$hits	$u"
done
