/* The destinations the scanf suites compare: six slots per side, filled with the same
 * pattern before each call (test_scanf.c, test_scanf_alloc.c).
 *
 * Not obvious: a store of the wrong size, or where glibc stores nothing, then shows up
 * as a differing byte. Include it after <sysgate.h>, whose memset it uses.
 */
#ifndef SUITE_SCANF_H
#define SUITE_SCANF_H

#include "oracle_scanf.h"

#define SLOT 320
static unsigned char ours[ORACLE_SCANF_ARGS][SLOT], theirs[ORACLE_SCANF_ARGS][SLOT];
static unsigned long compared;

/* Both sides' destinations, filled with the same pattern. */
static void fresh_slots(void *a[ORACLE_SCANF_ARGS], void *b[ORACLE_SCANF_ARGS]) {
  for (int i = 0; i < ORACLE_SCANF_ARGS; i++) {
    memset(ours[i], 0xa5, SLOT);
    memset(theirs[i], 0xa5, SLOT);
    a[i] = ours[i];
    b[i] = theirs[i];
  }
}

#endif
