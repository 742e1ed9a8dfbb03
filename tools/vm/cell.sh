#!/bin/sh
# One cell of the test matrix with its tests in the guest (tools/vm/run.py), whatever this
# kernel runs: `sh tools/vm/cell.sh i386-gcc-O2-static` builds the cell and boots Debian's
# kernel for it; the closing line is tools/test.sh's.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 <cell name, as tools/test.sh prints it>" >&2; exit 2; }
SYSGATE_I386=vm SYSGATE_ONLY="^$1\$" exec sh "$(dirname "$0")/../test.sh"
