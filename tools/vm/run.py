#!/usr/bin/env python3
"""Boot Debian's own kernel under qemu-system-x86_64 and run a job script there.

  run.py prepare                      fetch the kernel package, build /init and the initramfs
  run.py job DIR SCRIPT [--cpu F]     run SCRIPT in a guest with DIR writable at its host path

The guest sees the host's / read-only over 9p, DIR over a second 9p share and a fresh ext4 disk
as /tmp (tools/vm/init.c), so a build tree's unchanged ctest runs there with the host's tools.
Not obvious: --cpu picks the i386 entry the guest kernel patches into __kernel_vsyscall:
`syscall` for an AMD vendor string, `sysenter` for Intel (arch/x86/entry/vdso/vdso32/system_call.S).
The settings and their reasons are in docs/i386-testing.md, which tools/vm/check_doc.py keeps
equal to this file's.
"""
import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE = os.environ.get("SYSGATE_VM_CACHE", os.path.join(ROOT, "build", "vm"))
MODULES = ["virtio_pci", "virtio_blk", "9pnet_virtio", "9p", "crc32c_generic", "ext4"]
CPUS = {"syscall": "qemu64,vendor=AuthenticAMD", "sysenter": "qemu64,vendor=GenuineIntel"}


def log(*args):
    print("vm:", *args, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def kernel_package():
    """linux-image-<version>-amd64, the one Debian's linux-image-amd64 depends on now."""
    for attempt in range(2):
        out = subprocess.run(["apt-cache", "depends", "linux-image-amd64"], capture_output=True,
                             text=True).stdout
        m = re.search(r"Depends: (linux-image-[0-9][^\s]*-amd64)", out)
        if m:
            return m.group(1)
        if attempt == 0:
            subprocess.run(["apt-get", "update", "-qq"], check=False)
    sys.exit("vm: apt-cache does not know linux-image-amd64")


def modinfo_depends(path):
    """The depends= field of a module's .modinfo section (what kmod's modinfo prints)."""
    data = open(path, "rb").read()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    strtab = sections[shstrndx]
    for s in sections:
        name = data[strtab[4] + s[0]:data.index(b"\0", strtab[4] + s[0])]
        if name == b".modinfo":
            for field in data[s[4]:s[4] + s[5]].split(b"\0"):
                if field.startswith(b"depends="):
                    return [d for d in field[8:].decode().split(",") if d]
    return []


def cpio_newc(entries):
    """An initramfs: entries are (name, mode, bytes or None for a directory)."""
    out = bytearray()
    for ino, (name, mode, data) in enumerate(entries + [("TRAILER!!!", 0, b"")], 1):
        body = data or b""
        fields = [ino, mode, 0, 0, 1, 0, len(body), 0, 0, 0, 0, len(name) + 1, 0]
        out += b"070701" + b"".join(b"%08X" % f for f in fields) + name.encode() + b"\0"
        out += b"\0" * (-len(out) % 4) + body + b"\0" * (-len(body) % 4)
    return bytes(out)


def prepare():
    """Kernel, modules and initramfs in CACHE; returns (vmlinuz, initramfs, version)."""
    os.makedirs(CACHE, exist_ok=True)
    pkg = kernel_package()
    version = pkg[len("linux-image-"):]
    tree = os.path.join(CACHE, version)
    vmlinuz = os.path.join(tree, "boot", "vmlinuz-" + version)
    if not os.path.exists(vmlinuz):
        log("fetching", pkg)
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            run(["apt-get", "download", "-qq", pkg], cwd=tmp, stderr=subprocess.DEVNULL)
            deb = [f for f in os.listdir(tmp) if f.endswith(".deb")][0]
            run(["dpkg-deb", "-x", os.path.join(tmp, deb), tree + ".new"])
            os.rename(tree + ".new", tree)
    initramfs = os.path.join(tree, "initramfs.cpio")
    init_src = os.path.join(ROOT, "tools", "vm", "init.c")
    if not os.path.exists(initramfs) or os.path.getmtime(initramfs) < os.path.getmtime(init_src):
        moddir = os.path.join(tree, "lib", "modules", version, "kernel")
        paths = {}
        for d, _, files in os.walk(moddir):
            for f in files:
                if f.endswith(".ko"):
                    paths[f[:-3].replace("-", "_")] = os.path.join(d, f)
        order = []

        def add(name):
            name = name.replace("-", "_")
            if name in order:
                return
            for dep in modinfo_depends(paths[name]):
                add(dep)
            order.append(name)

        for m in MODULES:
            add(m)
        init = os.path.join(tree, "init")
        run(["cc", "-static", "-O2", "-Wall", "-Wextra", "-Werror", "-o", init, init_src])
        entries = [("dev", 0o40755, None), ("proc", 0o40755, None), ("newroot", 0o40755, None),
                   ("init", 0o100755, open(init, "rb").read()), ("modules", 0o40755, None),
                   ("modules/order", 0o100644, "".join(m + ".ko\n" for m in order).encode())]
        entries += [("modules/%s.ko" % m, 0o100644, open(paths[m], "rb").read()) for m in order]
        with open(initramfs + ".new", "wb") as f:
            f.write(cpio_newc(entries))
        os.rename(initramfs + ".new", initramfs)
        log("initramfs with modules", " ".join(order))
    return vmlinuz, initramfs, version




def job(work, script, cpu="syscall", timeout=3600, memory=2048):
    """Runs `sh script` in the guest, cwd work; returns its exit status (124 on timeout)."""
    vmlinuz, initramfs, version = prepare()
    work = os.path.abspath(work)
    status_file = os.path.join(work, "guest-status")
    started = os.path.join(work, "guest-started")
    with open(os.path.join(work, "guest-job.sh"), "w") as f:
        f.write(': >"%s"\n%s\necho $? >"%s"\n' % (started, open(script).read(), status_file))
    for attempt in range(1, 4):
        for f in (status_file, started):
            if os.path.exists(f):
                os.unlink(f)
        status = boot(work, vmlinuz, initramfs, version, cpu, timeout, memory)
        if os.path.exists(started) or attempt == 3:
            return status
        log("the guest did not boot (attempt %d): booting again" % attempt)


def boot(work, vmlinuz, initramfs, version, cpu, timeout, memory):
    """One guest; returns the job's status, 124 on timeout, 125 if it wrote none."""
    status_file = os.path.join(work, "guest-status")
    disk = tempfile.NamedTemporaryFile(dir=CACHE, suffix=".img", delete=False).name
    accel = os.environ.get("SYSGATE_VM_ACCEL", "tcg")
    try:
        os.truncate(disk, 8 << 30)
        run(["mkfs.ext4", "-q", "-F", "-E", "lazy_itable_init=1,lazy_journal_init=1", disk])
        cmd = ["qemu-system-x86_64", "-accel", accel, "-cpu", CPUS[cpu], "-smp", "1",
               "-m", str(memory), "-nodefaults", "-no-user-config", "-display", "none",
               "-no-reboot", "-nic", "none", "-kernel", vmlinuz, "-initrd", initramfs,
               "-append", "console=ttyS0 panic=-1 quiet loglevel=4 mitigations=off "
               "clocksource=tsc tsc=reliable no_timer_check sysgate.work=" + work,
               "-serial", "file:" + os.path.join(work, "guest-console.log"),
               "-virtfs", "local,path=/,mount_tag=root,security_model=none,readonly=on,"
               "multidevs=remap",
               "-virtfs", "local,path=%s,mount_tag=work,security_model=passthrough,"
               "multidevs=remap" % work,
               "-drive", "file=%s,if=virtio,format=raw,cache=unsafe" % disk]
        t0 = time.time()
        try:
            subprocess.run(cmd, timeout=timeout, check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:  # subprocess.run kills qemu
            log("timeout after %d s: guest killed" % timeout)
            return 124
        finally:
            elapsed = time.time() - t0
        try:
            status = int(open(status_file).read())
        except (OSError, ValueError):
            log("the guest wrote no status; its console:")
            sys.stderr.write(open(os.path.join(work, "guest-console.log"), errors="replace").read()[-3000:])
            status = 125
        log("%s %s -cpu %s: status %d in %.1f s" % (version, accel, CPUS[cpu], status, elapsed))
        return status
    finally:
        os.unlink(disk)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="verb", required=True)
    sub.add_parser("prepare")
    j = sub.add_parser("job")
    j.add_argument("work")
    j.add_argument("script")
    j.add_argument("--cpu", choices=sorted(CPUS), default="syscall")
    j.add_argument("--timeout", type=int, default=3600)
    args = ap.parse_args()
    if args.verb == "prepare":
        print(prepare()[2])
        return 0
    return job(args.work, args.script, args.cpu, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
