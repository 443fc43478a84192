#!/bin/sh
# speed_check.sh BASEDIR HEADDIR [rounds] : interleaved one-shot timings
here=$(cd "$(dirname "$0")" && pwd)
n=${3:-2}
for i in $(seq $n); do
  for d in "$1" "$2"; do printf "%s " "$d"; (cd /tmp && PYTHONPATH=$d "$here/../../.venv/bin/python" "$here/speed_one.py"); done
done
