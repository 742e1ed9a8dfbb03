#!/usr/bin/env python3
"""Checkers for tests/verify.

  verify_check.py strace <strace> <strace_calls> <exit|_exit>
      Runs the program under `strace -f -e raw=all` and matches, call by call,
      the name strace decoded (its own tables, not sysgate's) and the raw
      registers against the program's "call ..." lines.
      An expected name "a|b" takes either (a call newer than strace shows as
      syscall_0x<nr>, with six arguments).
  verify_check.py suite <cmocka_skip.so> <suite> [--skip TEST WHY]...
      Runs a hosted suite without the tests named (the sanitizer cell's runs).
  verify_check.py coverage <libsysgate.a> <nm> <program --list>...
      Every sys_<name> the library defines must be a row of each harness, or
      a row that says why it is left out.

  verify_check.py valgrind <valgrind> <cmocka_skip.so> <suite> [--skip TEST WHY]...
      Runs a hosted suite under memcheck, without the tests named (cmocka_skip.c).
      Clean means: the suite passes, and memcheck reports nothing but system
      call arguments that reach unaddressable memory, which is what a test that
      passes a bad pointer or length on purpose (to see the kernel's EFAULT) must
      produce; those are counted, not failed. So are reports of uninitialised
      bytes in the same argument of the same test (a bad length), or from a test
      of the error paths (test_*_errors, test_*bad*: nfds -1 reads past an fd_set).
      Reports from glibc's side of a test (oracle_* in the first frames: glibc's
      clone writing to a bad stack on purpose) are counted apart, not failed.

Exit status 0 ok, 1 failed, 77 skipped (the reason printed first).
Not obvious: strace sees every call of the run, the program's own output
too; its writes to fd 1 are the "call" lines themselves, and are left out.
"""
import os
import re
import subprocess
import sys
import tempfile

LINE = re.compile(r"^(?:\d+\s+)?([a-z_0-9]+)\((.*)\)\s+=\s")


def parse_strace(path):
    calls = []
    with open(path) as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            args = [a.strip() for a in m.group(2).split(",")] if m.group(2).strip() else []
            calls.append((m.group(1), args, line.rstrip("\n")))
    return calls


def own_output(call):
    name, args, _ = call
    return name == "write" and args[:1] == ["0x1"]


def strace(strace_bin, prog, end):
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "log")
        run = subprocess.run([strace_bin, "-f", "-qq", "-e", "raw=all", "-o", log, prog, end],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out = run.stdout
        if "SKIPPED" in out:
            print(out.strip())
            return 77
        if not os.path.exists(log) or ("ptrace" in run.stderr and "not permitted" in run.stderr):
            print("SKIPPED: strace cannot trace here (ptrace not permitted):", run.stderr.strip())
            return 77
        calls = parse_strace(log)
    want_status = 0x5B if end == "_exit" else 0x5A
    lines = out.splitlines()
    if "BEGIN" not in lines:
        print("FAIL: the program never began:\n" + out + run.stderr)
        return 1
    expected = [l.split() for l in lines[lines.index("BEGIN"):] if l.startswith("call ")]
    # The run begins after its BEGIN line, the first write to fd 1.
    begin = next((i for i, c in enumerate(calls) if own_output(c)), None)
    if begin is None:
        print("FAIL: no write of the BEGIN line in the trace")
        return 1
    seen = [c for c in calls[begin + 1:] if not own_output(c)]
    failures = 0
    wrappers = set()
    for i, exp in enumerate(expected):
        label, name, nargs = exp[1], exp[2], int(exp[3])
        want = exp[4:]
        got = seen[i] if i < len(seen) else None
        problem = None
        newer = got is not None and got[0].startswith("syscall_0x")
        if got is None:
            problem = "the kernel saw no call"
        elif got[0] not in name.split("|"):
            problem = "the kernel saw %s, not %s" % (got[0], name)
        elif len(got[1]) != nargs and not (newer and len(got[1]) >= nargs):
            # a call newer than this strace shows all six registers
            problem = "strace shows %d arguments, the rule %d" % (len(got[1]), nargs)
        else:
            for k, (w, g) in enumerate(zip(want, got[1])):
                if w != "*" and int(w, 16) != int(g, 16):
                    problem = "argument %d is %s, not %s" % (k + 1, g, w)
                    break
        if problem:
            failures += 1
            print("FAIL %s: %s\n  expected: %s(%s)\n  strace:   %s"
                  % (label, problem, name, ", ".join(want), got[2] if got else "-"))
            if failures >= 5 or got is None:
                # a call too many or too few shifts everything after it
                print("(stopping: five failures, or the calls no longer line up)")
                return 1
        else:
            wrappers.add(label)
    if len(seen) > len(expected):
        print("FAIL: %d calls after the last expected one, first: %s"
              % (len(seen) - len(expected), seen[len(expected)][2]))
        return 1
    if run.returncode != want_status:
        print("FAIL: exit status %d, not %d" % (run.returncode, want_status))
        return 1
    if failures:
        return 1
    vdso = "vDSO off" if os.environ.get("SYSGATE_NO_VDSO", "0")[:1] not in ("", "0") else "vDSO on"
    print("strace: %d calls of %d wrapper layers seen as expected (%s)"
          % (len(expected), len(wrappers), vdso))
    return 0


def coverage(lib, nm, programs):
    syms = subprocess.run([nm, "--defined-only", lib], stdout=subprocess.PIPE, text=True,
                          check=True).stdout
    wrappers = sorted({l.split()[2][4:] for l in syms.splitlines()
                       if len(l.split()) == 3 and l.split()[1] in "TW"
                       and l.split()[2].startswith("sys_")})
    status = 0
    for prog in programs:
        listing = subprocess.run([prog, "--list"], stdout=subprocess.PIPE, text=True,
                                 check=True).stdout.splitlines()
        rows = {l.split()[1] for l in listing if l.startswith("row ")}
        skips = {l.split()[1]: " ".join(l.split()[2:]) for l in listing if l.startswith("skip ")}
        missing = [w for w in wrappers if w not in rows and w not in skips]
        name = os.path.basename(prog)
        print("%s: %d of the library's %d sys_ wrappers are rows, %d left out with a reason"
              % (name, len([w for w in wrappers if w in rows]), len(wrappers),
                 len([w for w in wrappers if w in skips and w not in rows])))
        for w, why in sorted(skips.items()):
            if w not in rows:
                print("  left out: %s (%s)" % (w, why))
        if missing:
            print("FAIL %s: no row for %s (add one to tests/verify/rows.h)"
                  % (name, " ".join(missing)))
            status = 1
    return status


ERROR_START = re.compile(r"^==\d+== +(\S.*)$")


def skipping(shim, args, under):
    """The --skip TEST WHY pairs off the front of args: (environment, skips, rest)."""
    skips = []
    while len(args) >= 3 and args[0] == "--skip":
        skips.append((args[1], args[2]))
        args = args[3:]
    for test, why in skips:
        print("skipped %s: %s: %s" % (under, test, why))
    env = dict(os.environ)
    env["LD_PRELOAD"] = shim
    env["VERIFY_SKIP_TESTS"] = " ".join(t for t, _ in skips)
    return env, skips, args


def suite(shim, prog, args):
    env, _, args = skipping(shim, args, "under the sanitizers")
    return subprocess.run([prog] + args, env=env).returncode


def valgrind(vg, shim, prog, args):
    env, skips, args = skipping(shim, args, "under valgrind")
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "log")
        run = subprocess.run([vg, "--tool=memcheck", "--leak-check=full",
                              "--errors-for-leak-kinds=definite", "--child-silent-after-fork=yes",
                              "--log-file=" + log, prog] + args, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        with open(log) as f:
            lines = f.read().splitlines()
    # An error is a headline after a blank "==pid== " line; its stack follows.
    errors, current = [], None
    for line in lines:
        m = ERROR_START.match(line)
        if not m:
            current = None
            continue
        text = m.group(1)
        if current is None and not text.startswith(("at ", "by ", "Address ")):
            current = [text]
            errors.append(current)
        elif current is not None:
            current.append(text)

    def where(e):  # the system call argument and the test function it came from
        test = next((f.split(": ", 1)[1].split(" ")[0] for f in e[1:]
                     if ": test_" in f), "?")
        return (e[0].split(" points to")[0], test)

    # A test of the error paths (test_*_errors, test_*bad*) passes bad lengths too.
    bad_on_purpose = {where(e) for e in errors if e[0].startswith("Syscall param")
                      and ("unaddressable" in e[0] or where(e)[1].endswith("_errors")
                           or "bad" in where(e)[1])}
    deliberate = [e for e in errors if e[0].startswith("Syscall param")
                  and where(e) in bad_on_purpose]
    noise = ("Memcheck,", "Copyright", "Using Valgrind", "Command:", "Parent PID",
             "HEAP SUMMARY", "in use at exit", "total heap usage", "All heap blocks",
             "LEAK SUMMARY", "definitely lost", "indirectly lost", "possibly lost",
             "still reachable", "suppressed:", "Reachable blocks", "To see them",
             "For lists of", "ERROR SUMMARY", "For counts of", "Use --track-origins",
             "Rerun with", "Memcheck:", "Warning:", "This could cause",
             "See README_MISSING_SYSCALL_OR_IOCTL", "set address range perms",
             "brk segment overflow", "(see section Limitations", "NOTE: further instances")
    # glibc's own side of a test (tests/hosted/oracle*.c) is glibc's business.
    glibc_side = [e for e in errors if e not in deliberate
                  and any(": oracle_" in f for f in e[1:3])]
    real = [e for e in errors if e not in deliberate and e not in glibc_side
            and not e[0].startswith(noise)]
    name = os.path.basename(prog)
    if real or run.returncode != 0:
        print(run.stdout[-3000:])
        for e in real[:10]:
            print("memcheck: " + "\n    ".join(e[:8]))
        print("FAIL %s under valgrind: exit %d, %d report(s) beyond bad pointers passed on purpose"
              % (name, run.returncode, len(real)))
        return 1
    print("%s: clean under memcheck (%d report(s) of bad pointers passed on purpose, %d in "
          "glibc's side, %d test(s) left out)" % (name, len(deliberate), len(glibc_side), len(skips)))
    return 0


def main(argv):
    if len(argv) >= 5 and argv[1] == "strace":
        return strace(argv[2], argv[3], argv[4])
    if len(argv) >= 4 and argv[1] == "suite":
        return suite(argv[2], argv[3], argv[4:])
    if len(argv) >= 5 and argv[1] == "valgrind":
        return valgrind(argv[2], argv[3], argv[4], argv[5:])
    if len(argv) >= 5 and argv[1] == "coverage":
        return coverage(argv[2], argv[3], argv[4:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
