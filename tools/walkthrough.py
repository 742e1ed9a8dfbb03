#!/usr/bin/env python3
"""Regenerate the code and disassembly blocks of docs/walkthrough.md from this tree.

Each block sits between `<!-- BEGIN name -->` and `<!-- END name -->`; this
script rewrites what is between them from the sources (the real wrapper row,
macros and traps), from a call site compiled here with gcc -O2 for both arches,
and from the machine's own glibc `write`. So the document cannot drift.

  walkthrough.py          rewrite docs/walkthrough.md
  walkthrough.py --check  exit 1 if the document differs from a fresh run
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "walkthrough.md")
CALLER = '#include <sysgate.h>\n\nvoid hi(void) { write(1, "hi\\n", 3); }\n'
GLIBC = {"x86_64": "/lib/x86_64-linux-gnu/libc.so.6", "i386": "/lib/i386-linux-gnu/libc.so.6"}


def read(rel):
    with open(os.path.join(ROOT, rel)) as f:
        return f.read()


def c_block(rel, start, end_pattern=r"^}\n"):
    """The text of rel from the line matching `start` to the first `end_pattern`."""
    text = read(rel)
    m = re.search(start, text, re.M)
    if not m:
        sys.exit(f"walkthrough: '{start}' not found in {rel}")
    e = re.compile(end_pattern, re.M).search(text, m.start())
    return text[m.start():e.end()].rstrip("\n")


def macro(rel, name):
    """A #define and its continuation lines."""
    return c_block(rel, rf"^#define {name}\b", r"[^\\]\n(?=\S|\n)")


def disassemble(obj, func=None, start=None, stop=None):
    cmd = ["objdump", "-d", "--no-show-raw-insn", "--no-addresses"]
    if func:
        cmd.append(f"--disassemble={func}")
    if start is not None:
        cmd += [f"--start-address={start}", f"--stop-address={stop}"]
    out = subprocess.run(cmd + [obj], capture_output=True, text=True, check=True).stdout
    lines = [l.rstrip() for l in out.splitlines() if l.startswith(("\t", " ")) or l.endswith(">:")]
    lines = [re.sub(r"\s+#.*$", "", l) for l in lines]  # objdump's own comments: addresses
    return "\n".join(l.replace("\t", " ").strip() for l in lines if l.strip())


def call_site(arch):
    with tempfile.TemporaryDirectory() as tmp:
        src, obj = os.path.join(tmp, "hi.c"), os.path.join(tmp, "hi.o")
        with open(src, "w") as f:
            f.write(CALLER)
        m = "-m64" if arch == "x86_64" else "-m32"
        subprocess.run(["gcc", m, "-O2", "-std=c11", "-fno-asynchronous-unwind-tables",
                        "-I", os.path.join(ROOT, "include"), "-c", src, "-o", obj], check=True)
        return disassemble(obj, func="hi")


def glibc_write(arch):
    lib = GLIBC[arch]
    if not os.path.exists(lib):
        return f"({lib} is not installed here)"
    table = subprocess.run(["objdump", "-T", lib], capture_output=True, text=True,
                           check=True).stdout
    m = re.search(r"^([0-9a-f]+)\s.*\.text\s+([0-9a-f]+)\s+\S+\s+write$", table, re.M)
    start, size = int(m.group(1), 16), int(m.group(2), 16)
    return disassemble(lib, start=hex(start), stop=hex(start + size))


def blocks():
    return {
        "row": c_block("src/calls.tab", r"^ssize_t write\(", r"\n")
        .rstrip(" \\").strip(),
        "libc": c_block("include/sysgate/calls/unistd.h", r"^SG_INLINE ssize_t write\(.*SG_SYMBOL",
                        r"^}\n"),
        "sys": c_block("include/sysgate/calls/unistd.h", r"^SG_INLINE long sys_write"),
        "error": c_block("include/sysgate/syscall.h", r"^SG_INLINE int sysgate_is_error")
        + "\n\n" + c_block("include/sysgate/syscall.h", r"^SG_INLINE SG_ARCH_REG_ARG long sysgate_ret"),
        "trap-x86_64": c_block("include/sysgate/arch/x86_64/syscall.h", r"^SG_INLINE long syscall3"),
        "trap-i386": c_block("include/sysgate/arch/i386/syscall.h", r"^SG_INLINE long syscall3"),
        "entry-i386": c_block("include/sysgate/arch/i386/trap_entry.h",
                              r"^/\* src/arch/i386/vsyscall.S", r"^#define SG_I386_ENTRY6 .*\n"),
        "trap6-i386": c_block("include/sysgate/arch/i386/syscall.h", r"^SG_INLINE long syscall6"),
        "asm-x86_64": call_site("x86_64"),
        "asm-i386": call_site("i386"),
        "glibc-x86_64": glibc_write("x86_64"),
        "glibc-i386": glibc_write("i386"),
    }


def render(doc):
    generated = blocks()
    used = set()

    def fill(m):
        name, lang = m.group(1), m.group(2)
        if name not in generated:
            sys.exit(f"walkthrough: unknown block '{name}'")
        used.add(name)
        return f"<!-- BEGIN {name} {lang} -->\n```{lang}\n{generated[name]}\n```\n<!-- END {name} -->"

    out = re.sub(r"<!-- BEGIN (\S+) (\S+) -->.*?<!-- END \1 -->", fill, doc, flags=re.S)
    missing = set(generated) - used
    if missing:
        sys.exit(f"walkthrough: blocks never placed: {sorted(missing)}")
    return out


def main():
    with open(DOC) as f:
        doc = f.read()
    fresh = render(doc)
    if "--check" in sys.argv[1:]:
        if fresh != doc:
            print("docs/walkthrough.md is stale: run tools/walkthrough.py")
            return 1
        return 0
    with open(DOC, "w") as f:
        f.write(fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
