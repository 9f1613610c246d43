#!/usr/bin/env python3
"""Benchmark runner: times ferropy against CPython on bench/programs/*.py.

Usage (from anywhere; run it with the CPython you want to compare against):

    python3 bench/run.py                      # all programs, 5 repeats each
    python3 bench/run.py --only fib nbody     # a subset
    python3 bench/run.py --repeat 3 --quick   # small recorded sizes (fast)
    python3 bench/run.py --only fib --size 25 # explicit argv[1] size
    python3 bench/run.py --ferropy "$(python3 -c 'import sys; print(sys.executable)')"
                                              # self-test: ratios should be ~1.0

For every program the two interpreters are run alternately (ferropy, CPython,
ferropy, CPython, ...) so that machine-load drift affects both equally.  The
table shows the median wall-clock seconds of each, and the ratio
ferropy/CPython (below 1.0 means ferropy is faster).  ferropy's stdout must be
byte-identical to CPython's; otherwise the ratio column shows FAIL (output
differs), EXIT n (non-zero exit status), TIMEOUT or MISSING (no binary), and
the program is left out of the geometric mean.
"""

import argparse
import math
import os
import signal
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
EXPECTED_DIR = os.path.join(BENCH_DIR, "expected")
DEFAULT_FERROPY = os.path.join(REPO_ROOT, "target", "release", "ferropy")
STARTUP_ROW = "startup (-c pass)"


def list_programs():
    names = []
    for fn in sorted(os.listdir(PROGRAMS_DIR)):
        if fn.endswith(".py") and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


def bench_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # Don't let the caller's environment change the interpreters' behaviour.
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONHOME"):
        env.pop(var, None)
    return env


class Result:
    """Outcome of one run of one interpreter."""

    def __init__(self, seconds, status, stdout=b"", stderr=b""):
        self.seconds = seconds
        self.status = status  # "ok", "exit N", "timeout", "missing", "error: ..."
        self.stdout = stdout
        self.stderr = stderr


def run_once(cmd, env, timeout):
    try:
        start = time.perf_counter()
        # A new session, so that on timeout the whole process group is killed.
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=PROGRAMS_DIR,
                                start_new_session=True)
    except FileNotFoundError:
        return Result(None, "missing")
    except PermissionError:
        return Result(None, "error: not executable")
    except OSError as e:
        return Result(None, "error: %s" % e)
    try:
        out, err = proc.communicate(timeout=timeout)
        elapsed = time.perf_counter() - start
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        return Result(None, "timeout", out, err)
    if proc.returncode < 0:
        try:
            signame = signal.Signals(-proc.returncode).name
        except ValueError:
            signame = "signal %d" % -proc.returncode
        return Result(elapsed, signame, out, err)
    if proc.returncode != 0:
        return Result(elapsed, "exit %d" % proc.returncode, out, err)
    return Result(elapsed, "ok", out, err)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    if n == 0:
        return None
    if n % 2:
        return xs[n // 2]
    return (xs[n // 2 - 1] + xs[n // 2]) / 2.0


def first_difference(expected, got):
    """A short human-readable description of where two outputs differ."""
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    got_lines = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<end of output>"
        g = got_lines[i] if i < len(got_lines) else "<end of output>"
        if e != g:
            return "line %d: expected %r, got %r" % (i + 1, e[:100], g[:100])
    return "outputs differ only in trailing newline/whitespace"


def last_stderr_line(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1][:160] if lines else ""


def bench_one(label, ferropy_cmd, cpython_cmd, repeat, env, timeout):
    """Run both commands `repeat` times, interleaved.

    Returns (cpython_median, ferropy_median, status, note) where status is
    "ok" or a failure marker for the ferropy side (or the CPython side).
    """
    cp_times = []
    fp_times = []
    reference = None  # CPython's stdout from its first run
    fp_failure = None
    note = ""
    for i in range(repeat):
        if fp_failure is None:
            fp = run_once(ferropy_cmd, env, timeout)
        else:
            fp = None  # ferropy already failed; don't waste time rerunning it
        cp = run_once(cpython_cmd, env, timeout)

        if cp.status != "ok":
            detail = last_stderr_line(cp.stderr)
            return (None, None, "CPython " + cp.status.upper(),
                    "CPython itself failed: %s %s" % (cp.status, detail))
        cp_times.append(cp.seconds)
        if reference is None:
            reference = cp.stdout
        elif cp.stdout != reference:
            note = "CPython output is not deterministic across runs"

        if fp is not None:
            if fp.status != "ok":
                fp_failure = fp.status.split(":")[0].upper()
                detail = last_stderr_line(fp.stderr)
                note = "ferropy %s%s" % (fp.status, (": " + detail) if detail else "")
            elif fp.stdout != reference:
                fp_failure = "FAIL"
                note = "output differs, " + first_difference(reference, fp.stdout)
            else:
                fp_times.append(fp.seconds)

    cp_med = median(cp_times)
    if fp_failure is not None:
        return cp_med, median(fp_times), fp_failure, note
    return cp_med, median(fp_times), "ok", note


def resolve_cpython(path):
    if path:
        return path
    exe = sys.executable
    if exe:
        return os.path.realpath(exe)
    return "python3"


def fmt_secs(x):
    if x is None:
        return "-"
    if x < 0.1:
        return "%.4f" % x
    return "%.3f" % x


def read_quick_size(name):
    try:
        with open(os.path.join(EXPECTED_DIR, name + ".size")) as f:
            return f.read().strip() or None
    except OSError:
        return None


def main():
    ap = argparse.ArgumentParser(description="Compare ferropy with CPython on bench/programs.")
    ap.add_argument("--ferropy", default=DEFAULT_FERROPY,
                    help="ferropy binary (default: %(default)s)")
    ap.add_argument("--cpython", default=None,
                    help="CPython binary (default: the interpreter running this script, %s)"
                    % os.path.realpath(sys.executable))
    ap.add_argument("--repeat", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--startup-repeat", type=int, default=20,
                    help="runs of '-c pass' per interpreter (default 20)")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="only these programs")
    ap.add_argument("--size", default=None,
                    help="size argument (argv[1]) passed to every program")
    ap.add_argument("--quick", action="store_true",
                    help="use the small sizes recorded in bench/expected/<name>.size")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up row")
    ap.add_argument("--strict", action="store_true",
                    help="exit with status 1 if any row failed (default: always 0)")
    ap.add_argument("--list", action="store_true", help="list the programs and exit")
    args = ap.parse_args()

    programs = list_programs()
    if args.list:
        print("\n".join(programs))
        return 0
    if args.only:
        unknown = [n for n in args.only if n not in programs]
        if unknown:
            print("unknown program(s): %s\navailable: %s"
                  % (", ".join(unknown), " ".join(programs)), file=sys.stderr)
            return 2
        programs = [n for n in programs if n in args.only]
    repeat = max(1, args.repeat)

    cpython = resolve_cpython(args.cpython)
    ferropy = os.path.abspath(args.ferropy) if os.sep in args.ferropy else args.ferropy
    env = bench_env()

    print("CPython: %s" % cpython)
    try:
        ver = subprocess.run([cpython, "-c", "import sys; print(sys.version.split()[0])"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=30).stdout.decode().strip()
        print("         version %s" % ver)
    except (OSError, subprocess.SubprocessError):
        print("warning: could not run CPython at %s" % cpython, file=sys.stderr)
    print("ferropy: %s%s" % (ferropy, "" if os.path.exists(ferropy) or os.sep not in ferropy
                             else "  (NOT FOUND)"))
    print("repeat:  %d (median of each)   PYTHONHASHSEED=0" % repeat)
    print()

    rows = []  # (label, cp, fp, status, note, counts_in_mean)
    sizes = {}
    for name in programs:
        size = args.size
        if size is None and args.quick:
            size = read_quick_size(name)
        sizes[name] = size
    labels = {n: n if sizes[n] is None else "%s [%s]" % (n, sizes[n]) for n in programs}
    name_w = max([len(STARTUP_ROW), len("geometric mean (99/99 ok)")]
                 + [len(l) for l in labels.values()])
    header = "%-*s  %11s  %11s  %8s" % (name_w, "program", "CPython (s)", "ferropy (s)", "ratio")
    print(header)
    print("-" * len(header))

    def emit(label, cp, fp, status, note, counted):
        if status == "ok" and cp and fp:
            ratio = "%.2f" % (fp / cp)
        else:
            ratio = status
        print("%-*s  %11s  %11s  %8s" % (name_w, label, fmt_secs(cp), fmt_secs(fp), ratio))
        sys.stdout.flush()
        rows.append((label, cp, fp, status, note, counted))

    if not args.no_startup:
        cp, fp, status, note = bench_one(STARTUP_ROW, [ferropy, "-c", "pass"],
                                         [cpython, "-c", "pass"],
                                         max(1, args.startup_repeat), env, args.timeout)
        emit(STARTUP_ROW, cp, fp, status, note, False)

    for name in programs:
        path = os.path.join(PROGRAMS_DIR, name + ".py")
        extra = [] if sizes[name] is None else [str(sizes[name])]
        cp, fp, status, note = bench_one(name, [ferropy, path] + extra,
                                         [cpython, path] + extra, repeat, env, args.timeout)
        emit(labels[name], cp, fp, status, note, True)

    ratios = [fp / cp for (_, cp, fp, status, _, counted) in rows
              if counted and status == "ok" and cp and fp]
    counted_total = sum(1 for r in rows if r[5])
    print("-" * len(header))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("%-*s  %11s  %11s  %8.2f" % (name_w, "geometric mean (%d/%d ok)"
                                           % (len(ratios), counted_total), "", "", gm))
        if len(ratios) < counted_total:
            print("(programs that failed are left out of the mean)")
    else:
        print("geometric mean: n/a (no program passed)")

    notes = [(label, note) for (label, _, _, _, note, _) in rows if note]
    if notes:
        print()
        print("notes:")
        for label, note in notes:
            print("  %s: %s" % (label, note))
    failed = [r for r in rows if r[3] != "ok"]
    if args.strict and failed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
