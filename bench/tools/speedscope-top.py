#!/usr/bin/env python3
"""Top frames of a speedscope profile (as written by BenchmarkDotNet's `--profiler EP`).

Usage: speedscope-top.py FILE.speedscope.json [N] [FILTER]
Prints self and inclusive share per frame, summed over all threads; FILTER keeps frames whose name contains it.
Inclusive time counts a frame once per stack even when it recurses.
"""
import json
import sys
from collections import Counter


PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME"}


def leaf(stack, names):
    """The deepest real method: EventPipe puts CPU_TIME / UNMANAGED_CODE_TIME pseudo-frames under it."""
    for frame in reversed(stack):
        if names[frame] not in PSEUDO:
            return frame
    return stack[-1]


def weigh_evented(profile, names, self_time, incl_time):
    stack, last = [], profile["startValue"]
    for event in profile["events"]:
        at = event["at"]
        if stack:
            span = at - last
            self_time[leaf(stack, names)] += span
            for frame in set(stack):
                incl_time[frame] += span
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()


def weigh_sampled(profile, names, self_time, incl_time):
    for sample, weight in zip(profile["samples"], profile["weights"]):
        if sample:
            self_time[leaf(sample, names)] += weight
            for frame in set(sample):
                incl_time[frame] += weight


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    needle = sys.argv[3] if len(sys.argv) > 3 else ""
    data = json.load(open(path))
    names = [f["name"] for f in data["shared"]["frames"]]
    self_time, incl_time = Counter(), Counter()
    for profile in data["profiles"]:
        (weigh_evented if profile["type"] == "evented" else weigh_sampled)(profile, names, self_time, incl_time)
    total = sum(self_time.values()) or 1
    for title, table in (("self", self_time), ("inclusive", incl_time)):
        print(f"== top {top} by {title} time (share of all samples)")
        rows = [(f, t) for f, t in table.most_common() if needle in names[f]][:top]
        for frame, t in rows:
            print(f"{100 * t / total:6.1f}%  {names[frame][:150]}")


main()
