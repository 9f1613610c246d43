#!/usr/bin/env python3
"""Record CPython's output of every bench program at a small test size.

For each bench/programs/<name>.py this writes
    bench/expected/<name>.out   - CPython's stdout when run as `<name>.py SIZE`
    bench/expected/<name>.size  - SIZE (the argv[1] used), one line
so that a test harness can cheaply check ferropy:

    ferropy bench/programs/<name>.py $(cat bench/expected/<name>.size) \
        | cmp - bench/expected/<name>.out

Run it with CPython:  python3 bench/record_outputs.py [--check] [NAME...]
Each program is run twice to make sure its output is deterministic.
With --check nothing is written; the recorded files are compared instead.
"""

import os
import subprocess
import sys

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
EXPECTED_DIR = os.path.join(BENCH_DIR, "expected")

# Small sizes: each run takes well under 0.1 s on CPython.
QUICK_SIZES = {
    "closures": 2000,
    "exceptions": 1000,
    "factorial": 1,
    "fannkuch": 6,
    "fib": 15,
    "generators": 2000,
    "json_tree": 2,
    "nbody": 1000,
    "richards": 1,
    "sieve": 10000,
    "sorting": 500,
    "spectral_norm": 20,
    "strings": 1000,
    "vectors": 50,
    "wordcount": 2000,
}
DEFAULT_QUICK_SIZE = 1


def run(python, path, size):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run([python, path, str(size)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          cwd=PROGRAMS_DIR, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError("%s exited with %d:\n%s"
                           % (path, proc.returncode, proc.stderr.decode(errors="replace")))
    return proc.stdout


def main():
    args = sys.argv[1:]
    check = "--check" in args
    names = [a for a in args if not a.startswith("--")]
    python = os.path.realpath(sys.executable)
    programs = sorted(fn[:-3] for fn in os.listdir(PROGRAMS_DIR)
                      if fn.endswith(".py") and not fn.startswith("_"))
    if names:
        programs = [p for p in programs if p in names]
    os.makedirs(EXPECTED_DIR, exist_ok=True)
    failures = 0
    for name in programs:
        size = QUICK_SIZES.get(name, DEFAULT_QUICK_SIZE)
        path = os.path.join(PROGRAMS_DIR, name + ".py")
        out1 = run(python, path, size)
        out2 = run(python, path, size)
        if out1 != out2:
            print("%-14s NOT DETERMINISTIC" % name)
            failures += 1
            continue
        out_path = os.path.join(EXPECTED_DIR, name + ".out")
        size_path = os.path.join(EXPECTED_DIR, name + ".size")
        if check:
            try:
                with open(out_path, "rb") as f:
                    old = f.read()
                with open(size_path) as f:
                    old_size = f.read().strip()
            except OSError:
                old, old_size = None, None
            ok = old == out1 and old_size == str(size)
            print("%-14s size %-6s %s" % (name, size, "ok" if ok else "DIFFERS"))
            failures += not ok
            continue
        with open(out_path, "wb") as f:
            f.write(out1)
        with open(size_path, "w") as f:
            f.write("%s\n" % size)
        print("%-14s size %-6s %5d bytes, %d lines"
              % (name, size, len(out1), out1.count(b"\n")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
