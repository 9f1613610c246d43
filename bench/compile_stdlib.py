#!/usr/bin/env python3
"""Compile CPython's standard library with `ferropy -m compileall` and with CPython's own,
side by side, and print the time ratios.

Usage: python3 bench/compile_stdlib.py [--repeat N] [--ferropy PATH]

The library (CPython 3.11's, without site-packages: about 1 800 files and 860 000 lines) is
copied to a temporary folder once. Each round removes every __pycache__ and runs
`-m compileall -q -f lib` serially, then with `-j 0`, for CPython's real binary (not the pyenv
shim) and for ferropy, interleaved so that both see the same machine. Medians are printed,
with ferropy's time as a fraction of CPython's. Afterwards it reports the files CPython
compiled that ferropy did not (and the reverse), and fails loudly if ferropy panicked.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FERROPY = os.path.join(HERE, "..", "target", "release", "ferropy")


def copy_stdlib(dest):
    src = sysconfig.get_paths()["stdlib"]
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("site-packages", "__pycache__"))
    return dest


def clear_caches(root):
    for dirpath, dirnames, _ in os.walk(root):
        if "__pycache__" in dirnames:
            shutil.rmtree(os.path.join(dirpath, "__pycache__"))
            dirnames.remove("__pycache__")


def compiled(root, tag):
    found = set()
    for dirpath, _, filenames in os.walk(root):
        if os.path.basename(dirpath) != "__pycache__":
            continue
        for name in filenames:
            if ("." + tag + ".") in name:
                found.add(os.path.join(os.path.dirname(dirpath), name.split(".")[0] + ".py"))
    return found


def timed(cmd, cwd):
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    return elapsed, proc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ferropy", default=DEFAULT_FERROPY)
    args = ap.parse_args()
    cpython = sys.executable
    ferropy = os.path.abspath(args.ferropy)
    work = tempfile.mkdtemp(prefix="ferropy-stdlib-")
    try:
        lib = copy_stdlib(os.path.join(work, "lib"))
        files = sum(len([f for f in fs if f.endswith(".py")]) for _, _, fs in os.walk(lib))
        print(f"library: {files} .py files in {lib}")
        modes = {"serial": [], "-j 0": ["-j", "0"]}
        times = {(who, mode): [] for who in ("cpython", "ferropy") for mode in modes}
        for round_no in range(args.repeat):
            for mode, extra in modes.items():
                for who, exe in (("cpython", cpython), ("ferropy", ferropy)):
                    clear_caches(lib)
                    elapsed, proc = timed([exe, "-m", "compileall", "-q", "-f", *extra, "lib"], work)
                    if b"panicked" in proc.stderr:
                        sys.exit(f"ferropy panicked:\n{proc.stderr.decode(errors='replace')}")
                    times[(who, mode)].append(elapsed)
        print(f"{'mode':8} {'cpython s':>10} {'ferropy s':>10} {'ratio':>7}   (medians of {args.repeat})")
        for mode in modes:
            c = statistics.median(times[("cpython", mode)])
            f = statistics.median(times[("ferropy", mode)])
            print(f"{mode:8} {c:10.2f} {f:10.2f} {f / c:7.2f}")
        # Which files each compiled (from the last ferropy and a fresh CPython run).
        clear_caches(lib)
        timed([cpython, "-m", "compileall", "-q", "-f", "lib"], work)
        timed([ferropy, "-m", "compileall", "-q", "-f", "lib"], work)
        by_cpython = compiled(lib, "cpython-311")
        by_ferropy = compiled(lib, "ferropy-01")
        print(f"compiled: cpython {len(by_cpython)}, ferropy {len(by_ferropy)}")
        for name in sorted(by_cpython - by_ferropy):
            print("  only cpython:", os.path.relpath(name, lib))
        for name in sorted(by_ferropy - by_cpython):
            print("  only ferropy:", os.path.relpath(name, lib))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
