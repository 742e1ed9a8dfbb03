#!/usr/bin/env python3
"""Fails when a header has a comment paragraph over five lines (issue 12: longer stories
belong in docs/, where tools/check_docs.py keeps them true).

  check_comments.py [ROOT]   every include/**/*.h but the generated ones ("do not edit")

A paragraph is a run of comment lines without a blank one (` *` alone); a table or a list
counts like prose. Prints each offender as file:line: N lines, and exits 1 if there is one.
"""
import os
import re
import sys

LIMIT = 5


def paragraphs(text):
    """(first line number, line count) of every comment paragraph in C text."""
    for m in re.finditer(r"/\*.*?\*/", text, re.S):
        first = text.count("\n", 0, m.start()) + 1
        start, count = first, 0
        for i, line in enumerate(m.group(0).split("\n")):
            body = line.strip()
            if body.endswith("*/"):
                body = body[:-2]
            body = body.removeprefix("/*").lstrip("*").strip()
            if body:
                if count == 0:
                    start = first + i
                count += 1
            else:
                if count:
                    yield start, count
                count = 0
        if count:
            yield start, count


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    bad = 0
    for top, _, files in sorted(os.walk(os.path.join(root, "include"))):
        for name in sorted(files):
            if not name.endswith(".h"):
                continue
            path = os.path.join(top, name)
            with open(path) as f:
                text = f.read()
            if "do not edit" in text.split("\n", 1)[0]:
                continue
            for line, count in paragraphs(text):
                if count > LIMIT:
                    bad += 1
                    rel = os.path.relpath(path, root)
                    print(f"{rel}:{line}: a comment paragraph of {count} lines")
    if bad:
        print(f"{bad} comment paragraphs over {LIMIT} lines: keep two in the header, "
              "move the story to docs/")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
