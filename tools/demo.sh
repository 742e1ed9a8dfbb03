#!/bin/sh
# Builds sysgate and runs its -nostdlib examples: hello, cat, winsize.
# Installs cmake and gcc first when run as root on a machine without them.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/demo
sh "$root/tools/install-deps.sh" --build
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
ex=$build/examples
echo "\$ examples/hello"
"$ex/hello"
echo "\$ examples/cat LICENSE | head -n 1"
"$ex/cat" "$root/LICENSE" | head -n 1
echo "\$ examples/cat /no/such/file"
"$ex/cat" /no/such/file 2>&1 || echo "(exit status $?)"
echo "\$ examples/winsize    (the terminal size of stdout)"
"$ex/winsize" 2>&1 || echo "(exit status $?)"
strip -o "$build/hello.stripped" "$ex/hello"
echo "hello: $(wc -c <"$build/hello.stripped") bytes stripped, static, no libc; $(file -b "$ex/hello" 2>/dev/null | cut -d, -f1-2)"
