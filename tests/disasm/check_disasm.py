#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
"""Check that calls through constant conduits compile to bare sequences.

Usage: check_disasm.py OBJDUMP OBJECT SOURCE...
Reads "DISASM <name> <min> [<accepted>]" annotations from the sources,
disassembles OBJECT and prints TAP: per function the instruction count next
to the minimum; fails on calls, stack traffic, no smc/hvc, or too many
instructions.
"""
import re
import subprocess
import sys


def annotations(paths):
    spec = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r"DISASM (\w+) (\d+)(?: (\d+))?", f.read()):
                lo = int(m.group(2))
                spec[m.group(1)] = (lo, int(m.group(3) or lo))
    return spec


def functions(objdump, obj):
    out = subprocess.run([objdump, "-d", "--no-show-raw-insn", obj],
                         check=True, capture_output=True, text=True).stdout
    funcs, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"^[0-9a-f]+ <(\w+)>:$", line)
        if m:
            cur = funcs.setdefault(m.group(1), [])
            continue
        m = re.match(r"^\s+[0-9a-f]+:\s+(\S+)\s*(.*)$", line)
        if m and cur is not None:
            cur.append((m.group(1), m.group(2)))
    # Alignment padding after ret is not part of the function.
    for insns in funcs.values():
        while insns and insns[-1][0] == "nop":
            insns.pop()
    return funcs


def main():
    objdump, obj, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    spec = annotations(sources)
    funcs = functions(objdump, obj)
    print(f"1..{len(spec)}")
    failed = 0
    for i, (name, (lo, hi)) in enumerate(sorted(spec.items()), 1):
        insns = funcs.get(name)
        problems = []
        if insns is None:
            problems.append("not found")
        else:
            ops = [op for op, _ in insns]
            if any(op in ("bl", "blr", "br") for op in ops):
                problems.append("calls a function")
            if any(re.search(r"\bsp\b", args) for _, args in insns):
                problems.append("touches the stack")
            if sum(op in ("smc", "hvc") for op in ops) != 1:
                problems.append("no single smc/hvc")
            if len(insns) > hi:
                problems.append(f"{len(insns)} > accepted {hi}")
        count = len(insns) if insns is not None else 0
        status = "not ok" if problems else "ok"
        note = "; ".join(problems) if problems else "bare sequence"
        print(f"{status} {i} - {name}: {count} instructions, minimum {lo}"
              f" ({note})")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
