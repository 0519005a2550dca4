#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
"""Sum test results over meson testlog.json files and plain TAP files.

A TAP test counts each of its subtests ("ok N" / "not ok N"); any other test
counts once. Skipped tests are reported as skipped, never as passed. Prints
one line per build and then "N passed, N failed" (", N skipped" when any).
"""
import json
import os
import re
import sys

TAP = re.compile(r"^(not ok|ok)\b(.*)$", re.M)


def tap_counts(text):
    passed = failed = skipped = 0
    for verdict, rest in TAP.findall(text):
        if "# SKIP" in rest.upper():
            skipped += 1
        elif verdict == "ok":
            passed += 1
        else:
            failed += 1
    return passed, failed, skipped


def meson_counts(path):
    passed = failed = skipped = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            result = t.get("result")
            p, fl, s = tap_counts(t.get("stdout") or "")
            if result == "SKIP":
                skipped += max(1, s)
            elif p + fl + s:
                passed, failed, skipped = passed + p, failed + fl, skipped + s
                if result not in ("OK", "EXPECTEDFAIL") and fl == 0:
                    failed += 1  # crashed or timed out after its last "ok"
            elif result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            else:
                failed += 1
    return passed, failed, skipped


def main(paths):
    total = [0, 0, 0]
    missing = 0
    for path in paths:
        if not os.path.exists(path):
            print(f"{path}: missing (that build did not run its tests)")
            missing += 1
            continue
        if path.endswith(".json"):
            counts = meson_counts(path)
        else:
            with open(path, encoding="utf-8") as f:
                counts = tap_counts(f.read())
        print(f"{path}: {counts[0]} passed, {counts[1]} failed, "
              f"{counts[2]} skipped")
        total = [a + b for a, b in zip(total, counts)]
    total[1] += missing
    line = f"{total[0]} passed, {total[1]} failed"
    if total[2]:
        line += f", {total[2]} skipped"
    print(line)
    return 1 if total[1] or not total[0] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
