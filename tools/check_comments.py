#!/usr/bin/env python3
"""Fails when a header has a comment paragraph over five lines, or the opening comment of a
C or assembly file under src/ or tools/ has one (issue 12: longer stories belong in docs/,
where tools/check_docs.py keeps them true).

  check_comments.py [ROOT]   generated files ("do not edit" on the first line) are left out

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


def sources(root):
    """(path, text, whole file?) of every file checked: headers whole, src/ and tools/ openings."""
    for head in ("include", "src", "tools"):
        for top, dirs, files in sorted(os.walk(os.path.join(root, head))):
            dirs.sort()
            yield from checked_files(root, top, files, head == "include")


def checked_files(root, top, files, whole):
    """The C and assembly files of one folder, generated ones left out."""
    for name in sorted(files):
        if not name.endswith((".h", ".c", ".S")):
            continue
        path = os.path.join(top, name)
        with open(path) as f:
            text = f.read()
        if "do not edit" in text.split("\n", 1)[0]:
            continue
        yield os.path.relpath(path, root), text, whole


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    bad = 0
    for rel, text, whole in sources(root):
        if not whole:  # only the opening comment
            m = re.match(r"\s*/\*.*?\*/", text, re.S)
            text = m.group(0) if m else ""
        for line, count in paragraphs(text):
            if count > LIMIT:
                bad += 1
                print(f"{rel}:{line}: a comment paragraph of {count} lines")
    if bad:
        print(f"{bad} comment paragraphs over {LIMIT} lines: keep two lines in the code, "
              "move the story to docs/")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
