#!/usr/bin/env python3
"""Fails when docs/*.md names code that is not there (issue 12: the stories moved out of the
headers must not drift from the code they tell about).

  check_docs.py [ROOT]

Two checks, on every docs/*.md:
  - `symbol` (`path`): the file exists and its code (comments left out) has that symbol;
  - `path` alone, for a path under include/ src/ tools/ tests/ docs/ examples/ cmake/:
    the file or folder exists (paths with <arch>-style placeholders or globs are skipped).
Prints each miss as doc:line: what, and exits 1 if there is one.
"""
import glob
import os
import re
import sys

PAIR = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)` \(`([^`\s]+[/.][^`\s]+)`\)")
PATH = re.compile(r"`((?:include|src|tools|tests|docs|examples|cmake)/[^`\s]*)`")


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    misses, pairs = [], 0
    for doc in sorted(glob.glob(os.path.join(root, "docs", "*.md"))):
        rel_doc = os.path.relpath(doc, root)
        with open(doc) as f:
            text = f.read()
        # A pair may wrap across lines: match on the text, report the line it starts on.
        flat = text.replace("\n", " ")
        for m in PAIR.finditer(flat):
            pairs += 1
            sym, path = m.groups()
            line = text.count("\n", 0, m.start()) + 1
            full = os.path.join(root, path)
            if not os.path.isfile(full):
                misses.append(f"{rel_doc}:{line}: {path} does not exist")
                continue
            with open(full, errors="replace") as f:
                body = f.read()
            if full.endswith((".c", ".h", ".S")):  # the code, not a comment that still names it
                body = re.sub(r"//[^\n]*", "", re.sub(r"/\*.*?\*/", "", body, flags=re.S))
            if not re.search(rf"\b{re.escape(sym)}\b", body):
                misses.append(f"{rel_doc}:{line}: {path} has no {sym}")
        for m in PATH.finditer(text):
            path = m.group(1).rstrip(".,:;")
            if any(c in path for c in "<>*{}$"):
                continue
            if not os.path.exists(os.path.join(root, path)):
                line = text.count("\n", 0, m.start()) + 1
                misses.append(f"{rel_doc}:{line}: {path} does not exist")
    for miss in misses:
        print(miss)
    print(f"check_docs: {pairs} symbols checked, {len(misses)} missing")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
