/* The hosted suites' pseudo-random numbers: Marsaglia's xorshift64 (13, 7, 17;
 * "Xorshift RNGs", J. Stat. Software 8, 2003), one stream per suite.
 *
 * Not obvious: each suite picks its seed (SUITE_RANDOM_SEED, defined before this
 * header), so the same cases come back on every run and a failure can be replayed.
 */
#ifndef SYSGATE_TESTS_SUITE_RANDOM_H
#define SYSGATE_TESTS_SUITE_RANDOM_H

#include <stdint.h>

#ifndef SUITE_RANDOM_SEED
#define SUITE_RANDOM_SEED 0x9e3779b97f4a7c15u
#endif

static uint64_t suite_rng = SUITE_RANDOM_SEED;

static inline uint64_t next_random(void) {
  suite_rng ^= suite_rng << 13;
  suite_rng ^= suite_rng >> 7;
  suite_rng ^= suite_rng << 17;
  return suite_rng;
}

#endif
