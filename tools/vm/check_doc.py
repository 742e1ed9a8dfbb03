#!/usr/bin/env python3
"""Keeps docs/i386-testing.md true: every path it names in backquotes exists, its module list
is run.py's, and each kernel parameter it quotes is on run.py's command line (and the reverse).
Not obvious: the doc's indented blocks are the data: the first is the module list, the second
the kernel command line, without sysgate.work= (the job folder, added per run)."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools", "vm"))
import run  # noqa: E402


def main():
    doc = open(os.path.join(ROOT, "docs", "i386-testing.md")).read()
    errors = []
    for path in sorted(set(re.findall(r"`((?:tools|tests|docs|bench|src|include)/[^` ]+)`", doc))):
        if not os.path.exists(os.path.join(ROOT, path)):
            errors.append("names %s, which does not exist" % path)
    blocks = re.findall(r"\n\n((?:    \S.*\n)+)", doc)
    modules = blocks[0].split()
    if modules != run.MODULES:
        errors.append("module list %s, run.py has %s" % (modules, run.MODULES))
    params = blocks[1].split()
    source = open(run.__file__).read()
    append = re.search(r'"-append", ((?:"[^"]*"\s*)+)', source)
    actual = "".join(re.findall(r'"([^"]*)"', append.group(1))).split()
    actual = [p for p in actual if not p.startswith("sysgate.work=")]
    if params != actual:
        errors.append("kernel command line %s, run.py has %s" % (params, actual))
    for e in errors:
        print("docs/i386-testing.md:", e)
    print("docs/i386-testing.md: %d paths, %d modules, %d kernel parameters checked" %
          (len(re.findall(r"`(?:tools|tests|docs|bench|src|include)/", doc)), len(modules), len(params)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
