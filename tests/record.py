#!/usr/bin/env python3
"""Record expected outputs of the conformance corpus using CPython.

Usage: python3 tests/record.py [paths...]

Each path may be a program file (X.py) or a directory (searched for
programs).  Without arguments, every program under tests/programs/ is
recorded.

A program is a `.py` file placed directly inside an area folder
(tests/programs/<area>/<name>.py) whose name does not start with `_`.
Helper modules live in subfolders or start with `_`.

For each program X.py it runs `python3 X.py [args]` with cwd set to the
program's folder and writes:
  X.out   stdout (always, possibly empty)
  X.err   stderr, only if non-empty; the program's absolute folder path is
          replaced by the literal `$DIR`
  X.code  exit status + newline, only if non-zero
Stale .err/.code files are removed.

An optional first line `# args: a b c` gives extra argv entries (split on
whitespace) passed after the script name.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
TIMEOUT = 30


def is_program(path):
    """True if `path` is a test program (top-level .py in an area folder)."""
    path = os.path.abspath(path)
    if not path.endswith(".py"):
        return False
    name = os.path.basename(path)
    if name.startswith("_"):
        return False
    area_dir = os.path.dirname(path)
    return os.path.dirname(area_dir) == PROGRAMS


def find_programs(root):
    root = os.path.abspath(root)
    if os.path.isfile(root):
        return [root] if is_program(root) else []
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            if is_program(p):
                found.append(p)
    return found


def read_args(path):
    with open(path, "rb") as f:
        first = f.readline()
    if first.startswith(b"\xef\xbb\xbf"):
        first = first[3:]
    first = first.decode("latin-1").strip()
    prefix = "# args:"
    if first.startswith(prefix):
        return first[len(prefix):].split()
    return []


def write_or_remove(path, data, keep):
    if keep:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def record(path, python):
    folder = os.path.dirname(path)
    base = path[:-3]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONUTF8",
                "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONSAFEPATH"):
        env.pop(var, None)
    cmd = [python, os.path.basename(path)] + read_args(path)
    try:
        proc = subprocess.run(
            cmd,
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT: {path}", file=sys.stderr)
        return False
    out = proc.stdout
    err = proc.stderr.replace(folder.encode("utf-8"), b"$DIR")
    code = proc.returncode
    write_or_remove(base + ".out", out, True)
    write_or_remove(base + ".err", err, bool(err))
    write_or_remove(base + ".code", f"{code}\n".encode(), code != 0)
    return True


def main(argv):
    python = os.environ.get("RECORD_PYTHON", "python3")
    roots = argv[1:] or [PROGRAMS]
    programs = []
    for r in roots:
        programs.extend(find_programs(r))
    ok = 0
    for p in programs:
        if record(p, python):
            ok += 1
    print(f"recorded {ok}/{len(programs)} programs", file=sys.stderr)
    return 0 if ok == len(programs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
