# Sourced by the benchmarks that build sysgate (static_pair.sh, malloc_mt_bench.sh, pthread_bench.sh):
# parses [--arch x86_64|i386] [--cc gcc|clang] [--rounds N] [--out DIR] (rounds default: $rounds
# as the caller set it; out default: build/$bench_name-ARCH-CC) and sets root, arch, cc, out, m
# (-m32 or nothing) and toolchain (the CMake toolchain option for i386, or nothing).
root=$(cd "$(dirname "$0")/.." && pwd)
arch=x86_64 cc=gcc out=
while [ $# -gt 0 ]; do
  case $1 in
  --arch) arch=$2; shift 2 ;;
  --cc) cc=$2; shift 2 ;;
  --rounds) rounds=$2; shift 2 ;;
  --out) out=$2; shift 2 ;;
  *) echo "usage: $0 [--arch x86_64|i386] [--cc gcc|clang] [--rounds N] [--out DIR]" >&2; exit 2 ;;
  esac
done
out=${out:-$root/build/$bench_name-$arch-$cc}
m=
toolchain=
if [ "$arch" = i386 ]; then
  m=-m32
  toolchain=-DCMAKE_TOOLCHAIN_FILE=$root/cmake/i386-linux-gnu.cmake
fi
mkdir -p "$out"
