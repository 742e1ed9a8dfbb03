#!/usr/bin/env python3
"""sysgate's benchmarks against raw inline asm, glibc, musl and dietlibc.

Run through bench/run.sh, which installs what is missing first. Builds every
program (bench/ops.c per library, bench/raw.c, the hello worlds), then prints
one Markdown table:

  per call: user-space instructions (valgrind --tool=callgrind, deterministic;
            the loop's own instructions subtracted) / wall time against raw
            inline asm (whole-process wall time divided by the calls made, each
            program making as many as fill about 0.2 s; paired, interleaved
            runs: every round runs each program once, in a shuffled order, and
            a ratio is taken within the round; the median of the rounds)
  size:     a stripped static hello world per library

Not obvious: valgrind hides the vDSO and AT_SYSINFO from the program, so the
instruction column always counts the trap path (a `syscall` or `int $0x80`
per call); only the wall-time column sees the vDSO and __kernel_vsyscall.
musl for i386 comes from Debian's musl-dev:i386 unpacked into the build
directory (apt-get download), because installing it replaces gcc-multilib
with a cross compiler.
"""
import argparse
import datetime
import glob
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
ARCHES = ["x86_64", "i386"]
OPS = [("getppid", "getppid()"), ("write", "write(fd, 1 byte) to /dev/null"),
       ("clock", "clock_gettime(CLOCK_MONOTONIC)"), ("tod", "gettimeofday(&tv, NULL)")]
LIBS = ["raw", "sysgate", "glibc", "musl", "dietlibc"]
LIB_TITLES = {"raw": "raw inline asm", "sysgate": "sysgate", "glibc": "glibc (static)",
              "musl": "musl", "dietlibc": "dietlibc"}


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw).stdout


def m32(arch):
    return ["-m32"] if arch == "i386" else []


class Build:
    """Every program of one arch: lib -> ops binary, lib -> hello binary, and
    lib -> the reason a library is missing."""

    def __init__(self, out, arch):
        self.out = os.path.join(out, arch)
        self.arch = arch
        self.ops, self.hello, self.missing, self.notes = {}, {}, {}, set()
        os.makedirs(self.out, exist_ok=True)

    def path(self, name):
        return os.path.join(self.out, name)

    def try_build(self, lib, what, cmd):
        try:
            sh(cmd)
            return True
        except (subprocess.CalledProcessError, FileNotFoundError) as e:
            out = getattr(e, "stdout", "") or str(e)
            self.missing[lib] = f"{what} failed to build: {out.strip().splitlines()[-1][:120]}"
            return False

    def sysgate(self):
        hello = {}
        for opt in ["-O2", "-Os"]:
            d = self.path(f"sysgate{opt}")
            toolchain = ([f"-DCMAKE_TOOLCHAIN_FILE={ROOT}/cmake/i386-linux-gnu.cmake"]
                         if self.arch == "i386" else [])
            sh(["cmake", "-S", BENCH, "-B", d, "-DCMAKE_C_COMPILER=gcc", f"-DCMAKE_C_FLAGS={opt}",
                "-DCMAKE_BUILD_TYPE=", *toolchain])
            sh(["cmake", "--build", d, "-j", "2", "--target", "ops_sysgate", "hello_sysgate"])
            hello[opt] = os.path.join(d, "hello_sysgate")
            if opt == "-O2":
                self.ops["sysgate"] = os.path.join(d, "ops_sysgate")
        self.hello["sysgate"] = hello["-Os"]
        self.hello["sysgate -O2"] = hello["-O2"]

    def libc(self, lib, cc, ops_flags, hello_flags):
        ops, hello = self.path(f"ops_{lib}"), self.path(f"hello_{lib}")
        if self.try_build(lib, "ops.c", [*cc, *ops_flags, "-static", f"{BENCH}/ops.c", "-o", ops]):
            self.ops[lib] = ops
        if self.try_build(lib, "hello", [*cc, *hello_flags, "-static", f"{BENCH}/hello_libc.c",
                                          "-o", hello]):
            self.hello[lib] = hello

    def all(self):
        a = m32(self.arch)
        if self.try_build("raw", "raw.c", ["gcc", *a, "-O2", "-static", "-nostdlib", "-ffreestanding",
                                           "-fno-stack-protector", "-fno-pie", "-no-pie",
                                           f"{BENCH}/raw.c", "-o", self.path("ops_raw")]):
            self.ops["raw"] = self.path("ops_raw")
        self.sysgate()
        self.libc("glibc", ["gcc", *a], ["-O2"], ["-O2"])
        musl = musl_cc(os.path.dirname(self.out), self.arch)
        if isinstance(musl, str):
            self.missing["musl"] = musl
        else:
            self.libc("musl", musl, ["-O2"], ["-Os"])
        diet = f"/usr/lib/{'i386' if self.arch == 'i386' else 'x86_64'}-linux-gnu/diet/bin/diet"
        if os.path.exists(diet):
            self.libc("dietlibc", [diet, "gcc", *a], ["-O2"], ["-Os"])
        else:
            self.missing["dietlibc"] = f"{diet} not installed (Debian: dietlibc-dev" + (
                ":i386)" if self.arch == "i386" else ")")


def musl_cc(out, arch):
    """The compiler command for musl on arch, or the reason there is none."""
    if arch == "x86_64":
        return ["musl-gcc"] if shutil.which("musl-gcc") else "musl-gcc not installed (musl-tools)"
    root = os.path.join(out, "musl-i386")
    spec = os.path.join(root, "musl-gcc.specs")
    if not os.path.exists(spec):
        debs = os.path.join(root, "debs")
        os.makedirs(debs, exist_ok=True)
        try:
            sh(["apt-get", "download", "musl-dev:i386", "musl:i386"], cwd=debs)
            for deb in glob.glob(os.path.join(debs, "*.deb")):
                sh(["dpkg-deb", "-x", deb, os.path.join(root, "tree")])
        except (subprocess.CalledProcessError, FileNotFoundError) as e:
            return f"musl-dev:i386 could not be downloaded ({str(e)[:80]})"
        tree = os.path.join(root, "tree")
        with open(os.path.join(tree, "usr/lib/i386-linux-musl/musl-gcc.specs")) as f:
            text = f.read()
        for d in ["/usr/lib/i386-linux-musl", "/usr/include/i386-linux-musl"]:
            text = text.replace(d, tree + d)
        # Written for Debian's i686 cross gcc; x86_64 gcc -m32 must also be told
        # the linker emulation, which the replaced link spec would have given.
        text = text.replace("*link:\n", "*link:\n-m elf_i386 ")
        with open(spec, "w") as f:
            f.write(text)
    return ["gcc", "-m32", "-specs", spec]


def instructions(prog, op, n):
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", prog, op,
                        str(n)], capture_output=True, text=True)
    m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
    if p.returncode != 0 or not m:
        raise RuntimeError(f"callgrind on {prog} {op}: {p.stderr[-300:]}")
    return int(m.group(1))


def per_call(prog, op, n=2000):
    """User instructions per call: two run lengths cancel startup and exit, the
    empty loop cancels the loop."""
    def slope(o):
        return (instructions(prog, o, 2 * n) - instructions(prog, o, n)) / n
    return slope(op) - slope("none")


def wall(prog, op, n):
    t = time.perf_counter()
    subprocess.run([prog, op, str(n)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def stripped_size(prog, out):
    dst = out + ".stripped"
    shutil.copyfile(prog, dst)
    sh(["strip", dst])
    return os.path.getsize(dst)


def measure(b, rounds, seconds, rng):
    """(op, lib) -> dict of instructions, ratio (to raw), seconds per call; plus
    op -> the paired sysgate/glibc and sysgate/musl ratios."""
    cells, pairs = {}, {}
    libs = [l for l in LIBS if l in b.ops]
    for op, _ in OPS:
        # Each program runs about `seconds`: a vDSO call is 300 times faster than
        # i386's int $0x80, so one count for all would leave some runs all startup.
        n = {}
        for l in libs:
            n[l] = 1000
            while wall(b.ops[l], op, n[l]) < seconds / 4 and n[l] < 1 << 28:
                n[l] *= 4
            n[l] = max(1000, int(n[l] * seconds / max(wall(b.ops[l], op, n[l]), 1e-6)))
        times = {l: [] for l in libs}  # seconds per call, whole-process wall time / calls
        for _ in range(rounds):
            order = libs[:]
            rng.shuffle(order)
            for l in order:
                times[l].append(wall(b.ops[l], op, n[l]) / n[l])
        for l in libs:
            try:
                instr = per_call(b.ops[l], op)
            except RuntimeError as e:  # dietlibc x86_64: see notes()
                instr = None
                b.notes.add(f"{l} {op}: no instruction count, the program died under callgrind "
                            f"({str(e).splitlines()[0][:60]}...)")
            cells[op, l] = {
                "instr": instr,
                "ratio": statistics.median(t / r for t, r in zip(times[l], times["raw"])),
                "ns": statistics.median(times[l]) * 1e9,
            }
        for other in ["glibc", "musl"]:
            if "sysgate" in times and other in times:
                pairs[op, other] = statistics.median(
                    s / o for s, o in zip(times["sysgate"], times[other]))
        print(f"  {b.arch} {op}: {rounds} rounds, calls per run: {n}", file=sys.stderr)
    return cells, pairs


def fmt_cell(c):
    if c is None:
        return "n/a"
    instr = "-" if c["instr"] is None else f"{c['instr']:.0f}"
    return f"{instr} / {c['ratio']:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("--seconds", type=float, default=0.2, help="each program's run time")
    ap.add_argument("--arch", choices=ARCHES, action="append")
    args = ap.parse_args()
    rng = random.Random(1)
    load_before = os.getloadavg()
    results, skipped = {}, []
    for arch in args.arch or ARCHES:
        why = not_native(arch, args.out)
        if why:
            skipped.append(f"- {arch}: not measured: {why}")
            continue
        print(f"building {arch} ...", file=sys.stderr)
        b = Build(args.out, arch)
        b.all()
        print(f"measuring {arch} ...", file=sys.stderr)
        cells, pairs = measure(b, args.rounds, args.seconds, rng)
        sizes = {lib: stripped_size(p, os.path.join(b.out, f"size_{lib.replace(' ', '')}"))
                 for lib, p in b.hello.items()}
        results[arch] = (b, cells, pairs, sizes)
    load_after = os.getloadavg()
    if results:
        print_table(results, args, load_before, load_after)
    print("\n".join(skipped))


def not_native(arch, out):
    """Why arch's programs cannot be timed here, or None. Timings under emulation (qemu-user,
    or a TCG guest as tools/vm boots) measure the emulator, not the code: measure natively."""
    os.makedirs(out, exist_ok=True)
    probe = os.path.join(out, f"probe-{arch}")
    with open(probe + ".c", "w") as f:
        f.write("void _start(void) { __builtin_trap(); }\n")
    try:
        sh(["gcc", *m32(arch), "-nostdlib", "-static", "-o", probe, probe + ".c"])
        subprocess.run([probe], capture_output=True)
    except OSError as e:
        return (f"this kernel does not execute {arch} programs ({e.strerror}; IA-32 emulation "
                "off?) and timings under emulation would measure the emulator")
    return None


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def print_table(results, args, load_before, load_after):
    gcc = sh(["gcc", "-dumpfullversion"]).strip()
    print(f"Measured {datetime.date.today().isoformat()} on {cpu_model()} ({os.cpu_count()} CPUs), "
          f"Linux {platform.release()}, gcc {gcc}; load average {load_before[0]:.2f} before, "
          f"{load_after[0]:.2f} after; {args.rounds} rounds.")
    print()
    print("Each cell: user-space instructions per call (callgrind: the trap path, since valgrind "
          "hides the vDSO) / wall time relative to raw inline asm (median of paired rounds; "
          "below 1 is faster). raw's own time per call in brackets.")
    print()
    print("| arch | call | " + " | ".join(LIB_TITLES[l] for l in LIBS) + " |")
    print("| --- | --- |" + " --- |" * len(LIBS))
    for arch, (b, cells, pairs, sizes) in results.items():
        for op, title in OPS:
            row = []
            for lib in LIBS:
                c = cells.get((op, lib))
                text = fmt_cell(c)
                if lib == "raw" and c:
                    text += f" ({c['ns']:.0f} ns)"
                row.append(text)
            print(f"| {arch} | {title} | " + " | ".join(row) + " |")
    print()
    print("| stripped static hello, bytes | sysgate (-Os) | sysgate (-O2) | glibc (-O2) | "
          "musl (-Os) | dietlibc (-Os) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for arch, (b, cells, pairs, sizes) in results.items():
        row = [str(sizes.get(k, "n/a")) for k in ["sysgate", "sysgate -O2", "glibc", "musl",
                                                   "dietlibc"]]
        print(f"| {arch} | " + " | ".join(row) + " |")
    missing = [f"- n/a: {lib} on {arch}: {why}" for arch, (b, *_rest) in results.items()
               for lib, why in b.missing.items()]
    missing += [f"- {arch}: {note}" for arch, (b, *_rest) in results.items() for note in
                sorted(b.notes)]
    if missing:
        print()
        print("\n".join(missing))
    print()
    print_targets(results)


def print_targets(results):
    """The issue's targets, each with its numbers and met / not met."""
    lines = []

    def target(ok, text):
        lines.append(f"- {'met' if ok else 'NOT met'}: {text}")

    def cell(arch, op, lib):
        return results.get(arch, (None, {}, {}, {}))[1].get((op, lib))

    def pair(arch, op, lib):
        return results.get(arch, (None, {}, {}, {}))[2].get((op, lib))

    s, r = cell("x86_64", "getppid", "sysgate"), cell("x86_64", "getppid", "raw")
    if s and r:
        target(s["ratio"] <= 1.02 and round(s["instr"] or -1) == round(r["instr"] or -2),
               f"x86_64 getppid: wall ratio {s['ratio']:.2f} (<= 1.02), "
               f"{s['instr']:.0f} instructions (raw: {r['instr']:.0f})")
    s, r = cell("x86_64", "write", "sysgate"), cell("x86_64", "write", "raw")
    if s and r:
        target(s["instr"] <= r["instr"] + 2,
               f"x86_64 write: {s['instr']:.0f} instructions (<= raw {r['instr']:.0f} + 2)")
    for arch in ARCHES:
        for op in ["clock", "tod"]:
            s, g, p = cell(arch, op, "sysgate"), cell(arch, op, "glibc"), pair(arch, op, "glibc")
            if s and g and p is not None:
                target(p <= 1.00 and s["instr"] <= g["instr"],
                       f"{arch} {op}: wall ratio against glibc {p:.2f} (<= 1.00), "
                       f"{s['instr']:.0f} instructions (glibc: {g['instr']:.0f})")
    s, r, p = cell("i386", "getppid", "sysgate"), cell("i386", "getppid", "raw"), \
        pair("i386", "getppid", "musl")
    if s and r:
        target(1 / s["ratio"] >= 20, f"i386 getppid through __kernel_vsyscall: "
               f"{1 / s['ratio']:.1f}x faster than int $0x80 (>= 20x)")
    if s and p is not None:
        target(p <= 1.05, f"i386 getppid: wall ratio against musl {p:.2f} (<= 1.05)")
    for arch, limit in [("x86_64", 600), ("i386", 450)]:
        size = results.get(arch, (None, {}, {}, {}))[3].get("sysgate")
        if size:
            target(size <= limit, f"{arch} stripped static hello (-Os): {size} bytes (<= {limit})")
    print("Targets (issue 3):")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
