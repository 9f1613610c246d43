#!/usr/bin/env python3
"""Record expected outputs of the shell-session corpus using CPython.

Usage: python3 tests/sessions/record.py [paths...]

Each path may be a case file (X.sh) or a directory (searched for cases).
Without arguments, every case under tests/sessions/ is recorded.

A case is a `.sh` file placed directly inside an area folder
(tests/sessions/<area>/<name>.sh) whose name does not start with `_`.
Helper files (scripts a case sources, fixtures) start with `_` or live in
subfolders; a case reaches them through `$CASE` (`$CASE/../_unprivileged.sh`
is shared by the cases that need a permission check to bite even as root).

Each case runs as `bash X.sh` (no `-e`: a failing command does not end the
session; cases print `exit $?` where a status matters) with:
  cwd     a fresh, empty temporary directory (removed afterwards)
  stdin   /dev/null
  env     only PATH and HOME (inherited), LANG=C.UTF-8, PYTHONHASHSEED=0,
          PYTHONIOENCODING=utf-8, PY=<interpreter>, CASE=<the case's folder>,
          TAG=<the interpreter's sys.implementation.cache_tag>;
          every other variable (PYTHONDONTWRITEBYTECODE, PYTHONOPTIMIZE,
          PYTHONPYCACHEPREFIX, SOURCE_DATE_EPOCH, TZ, ...) is absent
stdout and stderr go to one pipe, so their lines interleave as written, and
the result is normalised, in this order, before it is written to X.out:
  1. the interpreter's path ($PY)           -> `$PY`
  2. the temporary directory's real path    -> `$TMP`
  3. the interpreter's cache tag            -> `TAG`
     (sys.implementation.cache_tag: `cpython-311`, `ferropy-01`)
tests/sessions.rs runs the same cases under ferropy, normalises the same
way and compares with X.out byte for byte.

The interpreter is RECORD_PYTHON (default `python3`), resolved to its
sys.executable; it must be CPython 3.11.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60


def is_case(path):
    """True if `path` is a session case (top-level .sh in an area folder)."""
    path = os.path.abspath(path)
    name = os.path.basename(path)
    if not path.endswith(".sh") or name.startswith("_"):
        return False
    return os.path.dirname(os.path.dirname(path)) == HERE


def find_cases(root):
    root = os.path.abspath(root)
    if os.path.isfile(root):
        return [root] if is_case(root) else []
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(dirnames)
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            if is_case(p):
                found.append(p)
    return found


def interpreter():
    """The absolute path of the recording interpreter and its cache tag."""
    python = os.environ.get("RECORD_PYTHON", "python3")
    probe = "import sys;print(sys.executable);print(sys.implementation.cache_tag);" \
            "print(sys.implementation.name, *sys.version_info[:2])"
    lines = subprocess.run([python, "-c", probe], check=True, capture_output=True,
                           text=True).stdout.splitlines()
    if lines[2] != "cpython 3 11":
        sys.exit(f"record.py: {python} is {lines[2]}, not CPython 3.11")
    return lines[0], lines[1]


def run(case, python, tag):
    """Runs one case; returns its normalised output (bytes), or None on timeout."""
    tmp = os.path.realpath(tempfile.mkdtemp(prefix="ferropy-session-"))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PY": python,
        "CASE": os.path.dirname(case),
        "TAG": tag,
    }
    try:
        proc = subprocess.Popen(["bash", case], cwd=tmp, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return None
    finally:
        # Cases make files and folders read-only; give them back before removing.
        subprocess.run(["chmod", "-R", "u+rwX", tmp], stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)
    out = out.replace(python.encode(), b"$PY")
    out = out.replace(tmp.encode(), b"$TMP")
    return out.replace(tag.encode(), b"TAG")


def main(argv):
    python, tag = interpreter()
    roots = argv[1:] or [HERE]
    cases = []
    for r in roots:
        cases.extend(find_cases(r))
    ok = 0
    for case in cases:
        out = run(case, python, tag)
        if out is None:
            print(f"TIMEOUT: {case}", file=sys.stderr)
            continue
        with open(case[:-3] + ".out", "wb") as f:
            f.write(out)
        ok += 1
    print(f"recorded {ok}/{len(cases)} cases with {python}", file=sys.stderr)
    return 0 if ok == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
