#!/usr/bin/env python3
"""Check every SYS_<name> in include/sysgate/arch/<arch>/nr.h against the machine's
uapi <asm/unistd_64.h> and <asm/unistd_32.h>: wherever both define a name, the
numbers must be equal. nr.h comes from tools/kernel-tables/ (a newer kernel than
the machine's headers), so this is the one check of those tables against a second
source. Names only one side has are counted, not errors: each kernel adds calls.

--self-test: change one number in memory and expect the comparison to catch it.
Exit status: 0 all agree, 1 a number differs (or too few names compared to mean
anything), 77 the uapi headers are absent (ctest reports a skip).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UAPI = "/usr/include/x86_64-linux-gnu/asm"
PAIRS = {"x86_64": "unistd_64.h", "i386": "unistd_32.h"}
# Fewer common names than this means a parser matched nothing real, not agreement.
MIN_COMMON = 300


def defines(path, pattern):
    found = {}
    with open(path) as f:
        for line in f:
            m = re.match(pattern, line)
            if m:
                found[m.group(1)] = int(m.group(2))
    return found


def compare(ours, theirs):
    """(names both define, [(name, ours, theirs)] where the numbers differ)."""
    common = sorted(set(ours) & set(theirs))
    return common, [(n, ours[n], theirs[n]) for n in common if ours[n] != theirs[n]]


def main():
    self_test = "--self-test" in sys.argv[1:]
    missing = [h for h in PAIRS.values() if not os.path.exists(os.path.join(UAPI, h))]
    if missing:
        print(f"SKIPPED: no {', '.join(missing)} in {UAPI} (apt-get install linux-libc-dev)")
        return 77
    bad = 0
    for arch, header in PAIRS.items():
        ours = defines(os.path.join(ROOT, "include", "sysgate", "arch", arch, "nr.h"),
                       r"#define SYS_(\w+) (\d+)$")
        theirs = defines(os.path.join(UAPI, header), r"#define __NR_(\w+)\s+(\d+)\s*$")
        if self_test:
            # The check must bite: one number off by one has to be reported.
            ours["write"] += 1
            _, differ = compare(ours, theirs)
            if [d[0] for d in differ] != ["write"]:
                print(f"{arch}: a wrong SYS_write went unnoticed: {differ}")
                bad += 1
            else:
                print(f"{arch}: a wrong SYS_write is caught")
            continue
        common, differ = compare(ours, theirs)
        for name, mine, uapi in differ:
            print(f"{arch}: SYS_{name} is {mine}, <asm/{header}> says {uapi}")
        print(f"{arch}: {len(common)} names in both, {len(differ)} differ; "
              f"{len(set(ours) - set(theirs))} only in nr.h, "
              f"{len(set(theirs) - set(ours))} only in <asm/{header}>")
        bad += len(differ)
        if len(common) < MIN_COMMON:
            print(f"{arch}: only {len(common)} names in common, expected at least {MIN_COMMON}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
