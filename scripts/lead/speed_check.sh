#!/bin/sh
# speed_check.sh BASEDIR HEADDIR [rounds] : interleaved one-shot timings
n=${3:-2}
for i in $(seq $n); do
  for d in "$1" "$2"; do printf "%s " "$d"; (cd /tmp && PYTHONPATH=$d "$(dirname "$0")/../../.venv/bin/python" "$(cd "$(dirname "$0")" && pwd)/speed_one.py"); done
done
