#!/bin/sh
# Builds the unchanged POSIX programs in tests/posix/ twice, with the system's
# compiler and glibc, and with an installed sysgate's sysgate-cc and its drop-in
# headers (include/sysgate/posix/), runs both builds the same way, and compares
# everything they print and their exit statuses. Any difference fails the test.
# usage: check_posix.sh <installed prefix> <arch: x86_64|i386> <cc> <source dir> [folder]
# (tests/install/check_install.sh ... posix installs a build and calls this.) With a
# folder, the programs are built there, and SYSGATE_STAGE=build|run splits building
# from running as check_install.sh says.
#
# Not obvious: each run happens in its own fresh directory, as the programs create
# files there, and stderr is compared too: perror's messages for the errors used
# here (ENOENT, EEXIST, ECHILD) are the same words in the kernel's list and glibc's.
set -eu
prefix=$1 arch=$2 cc=$3 src=$4 stage=${SYSGATE_STAGE:-all}
if [ -n "${5:-}" ]; then
  work=$5
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
m=-m64
[ "$arch" = i386 ] && m=-m32
flags="-O2 -Wall -Wextra -Werror"

# The comparison needs a working glibc build for this arch (i386: gcc-multilib).
printf '#include <unistd.h>\nint main(void) { return getpid() < 0; }\n' >"$work/probe.c"
if [ "$stage" = run ] && [ ! -x "$work/probe" ]; then
  echo "SKIPPED: the build stage made no programs"
  exit 77
elif [ "$stage" != run ] && ! "$cc" $m "$work/probe.c" -o "$work/probe" 2>/dev/null; then
  echo "SKIPPED: $cc $m cannot build a glibc program (Debian: apt-get install gcc-multilib)"
  exit 77
fi

failed=0
# check <program> <shell commands, with $P the program>
check() {
  for libc in glibc sysgate; do
    mkdir -p "$work/$libc"
    bin=$work/$libc/$1
    if [ ! -x "$bin" ]; then
      if [ $libc = glibc ]; then
        "$cc" $m $flags "$src/tests/posix/$1.c" -o "$bin"
      else
        SYSGATE_CC=$cc "$prefix/bin/sysgate-cc" $m $flags "$src/tests/posix/$1.c" -o "$bin"
        # No libc crept in: static, no interpreter, no shared library.
        if readelf -l "$bin" | grep -q INTERP || readelf -d "$bin" 2>/dev/null | grep -q NEEDED; then
          echo "$1: the sysgate build is dynamically linked"; exit 1
        fi
      fi
    fi
    [ "$stage" != build ] || continue
    run=$work/run-$libc-$1-$$
    rm -rf "$run" && mkdir "$run"
    (cd "$run" && ulimit -c 0 && P=$bin sh -c "$2") >"$work/$libc.out" 2>&1 || true
  done
  [ "$stage" != build ] || { echo "$1: built"; return 0; }
  if cmp -s "$work/glibc.out" "$work/sysgate.out"; then
    echo "$1: same output ($(wc -l <"$work/glibc.out") lines) and statuses"
  else
    echo "$1: the glibc and sysgate builds differ (- glibc, + sysgate):"
    diff -u "$work/glibc.out" "$work/sysgate.out" | tail -n +3
    failed=1
  fi
}

check wc_c 'printf "hello\nworld\n" >a; : >empty
  "$P" a empty missing; echo "status $?"; "$P" <a; echo "status $?"'
check copy 'printf "some data\n" >src; chmod 640 src
  "$P" src dst; echo "status $?"; cmp src dst && echo same; ls -l dst | cut -c1-10
  "$P" missing dst2; echo "status $?"; "$P"; echo "status $?"'
check mapcount 'printf "one two\n three\n\nfour  five\tsix\n" >f; : >e
  "$P" f; echo "status $?"; "$P" e; echo "status $?"; "$P" missing; echo "status $?"'
check spawn '"$P"; echo "status $?"'
check alarm '"$P"; echo "status $?"'
check statinfo 'printf abc >f; "$P" f; echo "status $?"; "$P" missing; echo "status $?"'
check envstr 'GREETING="hello there" EMPTY= "$P"; echo "status $?"
  env -u GREETING "$P" /a/b/c; echo "status $?"; "$P" abort; echo "status $?"'
check opts '"$P" one -v --out=file dir/two/ "/a//b" -- -v; echo "status $?"
  "$P" -f5; echo "status $?"; "$P" --fail; echo "status $?"; "$P" -a; echo "status $?"
  { "$P" --bogus; echo "status $?"; "$P" --verb --output; echo "status $?"; } 2>&1 |
    sed "s|$P|opts|"' # getopt names the program by argv[0], a different path per build
check numlines 'printf "one\ntwo\n\nlast, no newline" >f; : >e
  "$P" f e missing; echo "status $?"; "$P" <f; echo "status $?"
  "$P" -u f e; echo "status $?"; "$P" f | head -c 20; echo; echo "status $?"'
check lsdir 'mkdir d d/sub; printf hello >d/b; printf x >d/A; : >d/.hidden; ln -s b d/link
  ln -s nowhere d/dangling; mkfifo d/pipe; chmod 640 d/b
  TZ=Europe/Paris touch -h -d "2021-03-28 03:30:00" d/b d/A d/.hidden d/link d/dangling d/pipe d/sub d .
  TZ=Europe/Paris "$P" d; echo "status $?"; TZ=America/New_York "$P" -a d; echo "status $?"
  "$P" missing; echo "status $?"'
check walk 'mkdir -p t/a/b t/c; : >t/f; : >t/a/g; : >t/a/b/h; ln -s f t/l; ln -s gone t/x
  ln -s .. t/a/up; "$P" t; echo "status $?"; "$P" -d t; echo "status $?"
  "$P" -p t; echo "status $?"; "$P" -d -p t/; echo "status $?"; "$P" missing; echo "status $?"'
check when 'for tz in UTC Europe/Paris America/New_York Australia/Lord_Howe "EST5EDT,M3.2.0,M11.1.0"
  do TZ=$tz "$P" 0 1234567890 -1000000000 2147483647 "2021-03-28 02:30:00" "2021-10-31 02:30:00" \
    "1999-12-31 23:59:59" nonsense; echo "status $?"; done'
[ $failed = 0 ] || exit 1
