#!/usr/bin/env python3
"""What the GIL costs a single thread: the per-instruction tick counter in the eval loop.

The issue's bound: the uncontended single-thread cost of the GIL's polling is at most 2 %.
A single thread never waits for the lock and never releases it (blocking calls skip the release
when nobody else could take it), so what remains is the tick counter the loop decrements once
per instruction. This compares two builds of the same source, alternating runs so machine load
affects both alike:

    cargo build --release && cp target/release/ferropy /tmp/ferropy-ticks
    cargo build --release --features ferropy-vm/no-tick-counter && cp target/release/ferropy /tmp/ferropy-noticks
    cargo build --release      # back to the normal binary
    python3 bench/gil/poll_cost.py /tmp/ferropy-ticks /tmp/ferropy-noticks [--repeat 7]

It runs every program in bench/programs at its default size, prints the median time of each
build and their ratio, and the geometric mean of the ratios (1.02 would be a 2 % cost).
"""
import argparse
import math
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(os.path.dirname(HERE), "programs")


def run(binary, program):
    start = time.perf_counter()
    subprocess.run([binary, program], cwd=PROGRAMS, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("with_counter")
    ap.add_argument("without_counter")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and not f.startswith("_"))
    if args.only:
        names = [n for n in names if n in args.only]
    print("%-16s %10s %10s %8s" % ("program", "counter s", "none s", "ratio"))
    ratios = []
    for name in names:
        program = name + ".py"
        with_t, without_t = [], []
        for _ in range(args.repeat):
            with_t.append(run(args.with_counter, program))
            without_t.append(run(args.without_counter, program))
        a, b = statistics.median(with_t), statistics.median(without_t)
        ratios.append(a / b)
        print("%-16s %10.3f %10.3f %8.3f" % (name, a, b, a / b), flush=True)
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print("%-16s %10s %10s %8.3f" % ("geomean", "", "", geomean))


if __name__ == "__main__":
    main()
