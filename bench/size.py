#!/usr/bin/env python3
"""Stripped static program sizes: sysgate against glibc, musl and Linux nolibc.

Run through bench/run.sh --size (installs what is missing first). Five small
programs written for glibc (bench/hello_libc.c and bench/size/*.c: write only,
printf with %d %s, printf with %f, malloc/realloc, fopen/fgets) are built with
each C library at -Os, static, stripped, for x86_64 and i386, and one Markdown
table is printed, followed by the issue's size targets for sysgate. "sysgate
no-float" is sysgate-cc -DSYSGATE_PRINTF_NO_FLOAT: printf without the float
formatter (sysgate/printf_lean.h), whose %f program prints "%f" back.

Not obvious: nolibc is not packaged on its own; Debian ships it inside the
kernel source tarball (linux-source-6.1, tools/include/nolibc/), which is
downloaded once with apt-get and only that folder unpacked into the build
directory. nolibc is used as its README says: -nostdlib -static with its folder
first on the include path and nolibc.h included. A program a library cannot
build is shown as n/a with the first error line below the table, and so is one
whose output differs from glibc's (nolibc's printf has no %f). nolibc 6.1 has no
STDOUT_FILENO, which its command line defines.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys

from bench import BENCH, ROOT, m32, musl_cc, sh, stripped_size

# The flags every peer gets (issue "Tiny binaries"); sysgate builds through sysgate-cc.
SAME = ["-Os", "-static", "-ffunction-sections", "-fdata-sections", "-Wl,--gc-sections",
        "-fno-asynchronous-unwind-tables", "-Wl,--build-id=none", "-Wl,-z,norelro",
        "-Wl,-z,noseparate-code"]
EXAMPLES = ["hello", "cat", "echo", "clock", "mmapcopy", "sigdemo", "tinysh", "winsize"]
PROGRAMS = [("write", os.path.join(BENCH, "hello_libc.c")),
            ("printf %d %s", os.path.join(BENCH, "size", "printf_int.c")),
            ("printf %f", os.path.join(BENCH, "size", "printf_float.c")),
            ("malloc", os.path.join(BENCH, "size", "malloc.c")),
            ("fopen/fgets", os.path.join(BENCH, "size", "fgets.c"))]
LIBS = ["sysgate", "sysgate no-float", "sysgate --tiny", "glibc", "musl", "nolibc", "dietlibc",
        "raw asm"]


def sysgate_cc(out, arch):
    """sysgate built at -Os and installed under out; its sysgate-cc command."""
    build, prefix = os.path.join(out, f"sysgate-{arch}"), os.path.join(out, f"prefix-{arch}")
    toolchain = ([f"-DCMAKE_TOOLCHAIN_FILE={ROOT}/cmake/i386-linux-gnu.cmake"]
                 if arch == "i386" else [])
    sh(["cmake", "-S", ROOT, "-B", build, "-DCMAKE_C_COMPILER=gcc", "-DCMAKE_C_FLAGS=-Os",
        "-DBUILD_TESTING=OFF", *toolchain])
    sh(["cmake", "--build", build, "-j", "2"])
    sh(["cmake", "--install", build, "--prefix", prefix])
    return [os.path.join(prefix, "bin", "sysgate-cc"), *m32(arch)]


def nolibc_dir(out):
    """tools/include/nolibc from Debian's kernel source; RuntimeError says why there is none."""
    dest = os.path.join(out, "nolibc")
    if os.path.exists(os.path.join(dest, "nolibc.h")):
        return dest
    work = os.path.join(out, "linux-source")
    os.makedirs(work, exist_ok=True)
    try:
        if not glob.glob(os.path.join(work, "linux-source-*.deb")):
            sh(["apt-get", "download", "linux-source-6.1"], cwd=work)
        deb = sorted(glob.glob(os.path.join(work, "linux-source-*.deb")))[-1]
        sh(["sh", "-c", f"dpkg-deb --fsys-tarfile '{deb}' | tar -x --wildcards "
            "'./usr/src/linux-source-*.tar.xz'"], cwd=work)
        tarball = glob.glob(os.path.join(work, "usr/src/linux-source-*.tar.xz"))[0]
        top = os.path.basename(tarball)[:-len(".tar.xz")]
        sh(["tar", "-xJf", tarball, f"{top}/tools/include/nolibc"], cwd=work)
        shutil.copytree(os.path.join(work, top, "tools/include/nolibc"), dest)
        os.remove(tarball)
    except (subprocess.CalledProcessError, FileNotFoundError, IndexError) as e:
        raise RuntimeError(f"Linux nolibc could not be fetched ({str(e)[:80]})") from e
    return dest


def compilers(out, arch):
    """lib -> (compile command, trailing link arguments), or lib -> reason."""
    cc = {"glibc": (["gcc", *m32(arch), "-static"], [])}
    musl = musl_cc(out, arch)
    cc["musl"] = musl if isinstance(musl, str) else ([*musl, "-static"], [])
    try:
        nolibc = nolibc_dir(out)
        cc["nolibc"] = (["gcc", *m32(arch), "-static", "-nostdlib",
                         "-fno-asynchronous-unwind-tables", "-I", nolibc, "-include", "nolibc.h",
                         "-DSTDOUT_FILENO=1"],
                        ["-lgcc"])
    except RuntimeError as e:
        cc["nolibc"] = str(e)
    diet = f"/usr/lib/{arch}-linux-gnu/diet/bin/diet"
    cc["dietlibc"] = ([diet, "gcc", *m32(arch)], []) if os.path.exists(diet) else (
        f"{diet} not installed (Debian: dietlibc-dev" + (":i386)" if arch == "i386" else ")"))
    cc["raw asm"] = (["gcc", *m32(arch), "-nostdlib", "-fno-pie"], [])
    sysgate = sysgate_cc(out, arch)
    cc["sysgate"] = (sysgate, [])
    cc["sysgate no-float"] = ([*sysgate, "-DSYSGATE_PRINTF_NO_FLOAT"], [])
    cc["sysgate --tiny"] = ([*sysgate, "--tiny"], [])
    return cc


def output(exe):
    p = subprocess.run([exe, "arg"], capture_output=True, text=True, cwd="/")
    return p.returncode, p.stdout.replace(exe, "PROG")


def measure(out, arch):
    """(program, lib) -> size in bytes, or the first line of why it did not build or
    printed other than glibc's build."""
    sizes, expected = {}, {}
    for lib, cc in compilers(out, arch).items():
        for name, src in PROGRAMS:
            if lib == "raw asm":  # only hello, written for no library at all
                src = os.path.join(BENCH, "size", "hello_raw.c") if name == "write" else None
            if isinstance(cc, str) or src is None:
                sizes[name, lib] = cc if src else "raw asm has no library to call"
                continue
            exe = os.path.join(out, f"{arch}-{lib.replace(' ', '')}-{os.path.basename(src)[:-2]}")
            flags = ["-Os"] if lib.startswith("sysgate") else SAME
            p = subprocess.run([*cc[0], *flags, src, "-o", exe, *cc[1]], capture_output=True,
                               text=True)
            if p.returncode:
                err = [ln for ln in p.stderr.splitlines() if "error" in ln] or [p.stderr]
                sizes[name, lib] = err[0].strip()[:110]
                continue
            got = output(exe)
            expected.setdefault(name, got)
            if got != expected[name]:
                sizes[name, lib] = f"status and output {got} where glibc gives {expected[name]}"
            elif lib == "sysgate --tiny":  # no section headers left: GNU strip refuses it
                sizes[name, lib] = os.path.getsize(exe)
            else:
                sizes[name, lib] = stripped_size(exe, exe)
    return sizes


def examples(out, arch):
    """(example, compiler, mode) -> stripped size of examples/<example>.c built with sysgate-cc."""
    sysgate = sysgate_cc(out, arch)
    sizes = {}
    for cc in ["gcc", "clang"]:
        for mode in ["default", "--tiny"]:
            for name in EXAMPLES:
                exe = os.path.join(out, f"{arch}-{cc}{mode.replace('-', '')}-{name}")
                cmd = [*sysgate, *([mode] if mode == "--tiny" else []), "-Os",
                       os.path.join(ROOT, "examples", f"{name}.c"), "-o", exe]
                subprocess.run(cmd, check=True, env={**os.environ, "SYSGATE_CC": cc},
                               capture_output=True)
                sizes[name, cc, mode] = (os.path.getsize(exe) if mode == "--tiny"
                                         else stripped_size(exe, exe))
    return sizes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arch", choices=["x86_64", "i386"], action="append")
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench-size"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    results = {arch: measure(args.out, arch) for arch in args.arch or ["x86_64", "i386"]}

    print("| stripped static, -Os, bytes | " +
          " | ".join(f"{lib} {arch}" for arch in results for lib in LIBS) + " |")
    print("|---|" + "---:|" * (len(LIBS) * len(results)))
    notes = []
    for name, _ in PROGRAMS:
        row = []
        for arch, sizes in results.items():
            for lib in LIBS:
                v = sizes[name, lib]
                if isinstance(v, str):
                    notes.append(f"{name}, {lib} {arch}: {v}")
                    v = "n/a"
                row.append(str(v))
        print(f"| {name} | " + " | ".join(row) + " |")
    for n in notes:
        print(f"- n/a: {n}")

    ex = {arch: examples(args.out, arch) for arch in results}
    print("\n| examples (sysgate-cc -Os), bytes | " +
          " | ".join(f"{cc} {mode} {arch}" for arch in ex for cc in ["gcc", "clang"]
                     for mode in ["default", "--tiny"]) + " |")
    print("|---|" + "---:|" * (4 * len(ex)))
    for name in EXAMPLES:
        print(f"| {name} | " + " | ".join(str(ex[arch][name, cc, mode]) for arch in ex
                                          for cc in ["gcc", "clang"]
                                          for mode in ["default", "--tiny"]) + " |")

    ok = True
    sizes = results.get("x86_64")
    checks = []
    if sizes:
        w, p, f = (sizes["write", "sysgate"], sizes["printf %d %s", "sysgate"],
                   sizes["printf %f", "sysgate"])
        if isinstance(p, int) and isinstance(w, int):
            checks.append((p - w <= 2560, f"x86_64 printf %d %s adds {p - w} bytes to the write-only "
                                          f"program ({p} bytes; target <= 2560)"))
            checks.append((p <= 2560, f"x86_64 printf %d %s, the whole program: {p} bytes "
                                      "(the stricter reading, target <= 2560)"))
        if isinstance(p, int) and isinstance(f, int):
            checks.append((f - p <= 4096, f"x86_64 %f adds {f - p} bytes to it (target <= 4096)"))
    targets = {("x86_64", "default"): 800, ("i386", "default"): 740, ("x86_64", "--tiny"): 504,
               ("i386", "--tiny"): 460}
    for (arch, mode), limit in targets.items():
        if arch in ex:
            size = ex[arch]["hello", "gcc", mode]
            checks.append((size <= limit, f"{arch} hello, sysgate-cc -Os {mode}: {size} bytes "
                                          f"(target <= {limit})"))
    for good, text in checks:
        print(("met:     " if good else "missed:  ") + text)
        ok &= good
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
