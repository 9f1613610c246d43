#!/usr/bin/env python3
"""The GIL experiments, side by side with CPython: one table per experiment, one row per policy.

Run it with the CPython to compare against (use the real binary, not a pyenv shim):

    $(python3 -c 'import sys; print(sys.executable)') bench/gil/run.py [--ferropy PATH] [--seconds S] [--repeat N]

1. CPU-bound: two threads sharing the work ÷ one thread doing it all (cpu_bound.py). Under a
   GIL this is about 1 or more; ferropy's `ticks` policy shows Python 2's penalty on several
   cores, and its lost wake-ups.
2. The convoy effect (convoy.py): round trips per second between a client in a forked process
   and an echo server thread that shares the GIL with 0, 1 and 2 spinning threads.
3. A switch-interval sweep under `interval` with one spinner (50, 5, 1, 0.1 ms).

CPython has only its own policy (`interval`), so it fills only those rows. Each figure is the
median of --repeat runs.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
POLICIES = ["interval", "fair", "ticks"]


def run(cmd):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("FERROPY_GIL", None)
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=HERE)
    if out.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), out.stderr.strip()[-500:]))
    values = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            values[" ".join(parts[:-1])] = parts[-1]
    return values


def median_of(cmd, key, repeat):
    runs = [run(cmd) for _ in range(repeat)]
    runs.sort(key=lambda v: float(v[key]))
    return runs[len(runs) // 2]


def interpreters(args, policy):
    """(label, command prefix) for ferropy under `policy`, and CPython where it has it."""
    rows = [("ferropy " + policy, [args.ferropy, "-X", "gil=" + policy])]
    if policy == "interval":
        rows.insert(0, ("CPython " + ".".join(map(str, sys.version_info[:2])), [sys.executable]))
    return rows


def cpu_bound(args):
    print("1. CPU-bound: two threads / one thread (same total work, N=%d)" % args.n)
    print("%-22s %7s %9s %9s %9s %9s" % ("", "ratio", "switches", "requests", "forced", "lost"))
    for policy in POLICIES:
        for label, cmd in interpreters(args, policy):
            v = median_of(cmd + ["cpu_bound.py", str(args.n)], "ratio", args.repeat)
            stat = lambda k: v.get("stat " + k, "-")
            print("%-22s %7s %9s %9s %9s %9s" % (label, v["ratio"], stat("switches"), stat("drop_requests"),
                                                 stat("forced_drops"), stat("lost_wakeups")), flush=True)
    print()


def convoy(args):
    print("2. Convoy effect: echo round trips/s with 0, 1, 2 spinning threads (% of alone)")
    print("%-22s %10s %18s %18s" % ("", "alone", "1 spinner", "2 spinners"))
    for policy in POLICIES:
        for label, cmd in interpreters(args, policy):
            rates = []
            for spinners in (0, 1, 2):
                v = median_of(cmd + ["convoy.py", str(spinners), str(args.seconds)], "round_trips_per_sec", args.repeat)
                rates.append(float(v["round_trips_per_sec"]))
            cells = ["%9.0f (%5.1f%%)" % (r, 100 * r / rates[0]) for r in rates[1:]]
            print("%-22s %10.0f %18s %18s" % (label, rates[0], cells[0], cells[1]), flush=True)
    print()


def sweep(args):
    print("3. Switch-interval sweep under interval, one spinner: round trips/s")
    intervals = [0.05, 0.005, 0.001, 0.0001]
    print("%-22s" % "" + "".join("%10s" % ("%g ms" % (i * 1000)) for i in intervals))
    for label, cmd in interpreters(args, "interval"):
        cells = []
        for interval in intervals:
            v = median_of(cmd + ["convoy.py", "1", str(args.seconds), str(interval)], "round_trips_per_sec", args.repeat)
            cells.append("%10.0f" % float(v["round_trips_per_sec"]))
        print("%-22s" % label + "".join(cells), flush=True)
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ferropy", default=os.path.join(ROOT, "target", "release", "ferropy"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=1.0, help="length of each convoy run")
    ap.add_argument("-n", type=int, default=8_000_000, help="countdown length for the CPU-bound runs")
    ap.add_argument("--only", choices=["cpu", "convoy", "sweep"], nargs="*")
    args = ap.parse_args()
    chosen = args.only or ["cpu", "convoy", "sweep"]
    print("machine: %d cores; CPython %s at %s" % (os.cpu_count(), sys.version.split()[0], sys.executable))
    print()
    if "cpu" in chosen:
        cpu_bound(args)
    if "convoy" in chosen:
        convoy(args)
    if "sweep" in chosen:
        sweep(args)


if __name__ == "__main__":
    main()
