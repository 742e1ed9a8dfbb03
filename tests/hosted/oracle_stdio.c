/* The glibc side of test_stdio.c: glibc's stdio functions in a struct stdio_fns
 * (oracle_stdio.h), with 64-bit offsets on i386 too, as sysgate's.
 *
 * Not obvious: _FILE_OFFSET_BITS=64 makes glibc's fopen the fopen64 that adds
 * O_LARGEFILE on i386, which sysgate's open always adds, so the open flags compare.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>

#include "oracle_stdio.h"

ORACLE_STDIO_TABLE(oracle_stdio, "glibc");
