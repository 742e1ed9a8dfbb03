/* What the string suites share (test_string*.c, test_strings.c): sysgate's functions in
 * the oracle's table type next to glibc's (S and G), random fills, and the comparison of
 * returned pointers as offsets. Include after "suite.h".
 *
 * Not obvious: S is a volatile pointer, so the compiler cannot see which function a
 * call reaches and fold it into a builtin: each call is sysgate's own code.
 */
#ifndef SYSGATE_TEST_SUITE_STRING_H
#define SYSGATE_TEST_SUITE_STRING_H

#include "suite_random.h" /* next_random */

/* sysgate's side, in the oracle's table type (strlcpy and strlcat apart: glibc 2.36
 * has none for the oracle's table). */
static const struct oracle_string_fns sysgate_string = {
    ORACLE_STRING_FUNCTIONS(ORACLE_STRING_INIT) // .strnlen = strnlen, ... (sysgate_strnlen)
};
static const struct oracle_string_fns *volatile S = &sysgate_string;
static const struct oracle_string_fns *const G = &oracle_string;

static inline size_t below(size_t n) {
  return n ? (size_t)(next_random() % n) : 0;
}

/* n random bytes from alphabet (which may hold a NUL: its length is given). */
static inline void fill(char *out, size_t n, const char *alphabet, size_t alen) {
  for (size_t i = 0; i < n; i++)
    out[i] = alphabet[below(alen)];
}
/* The same, as a string: n bytes of the alphabet's non-NUL bytes and a NUL. */
static inline void fill_str(char *out, size_t n, const char *alphabet) {
  fill(out, n, alphabet, strlen(alphabet));
  out[n] = '\0';
}

static inline long off(const void *p, const void *base) {
  return p ? (long)((const char *)p - (const char *)base) : -1;
}

__attribute__((unused)) static unsigned long compared;

/* ours - obase and theirs - tbase are the same offset, or both are NULL. */
static inline void same_offset(const char *what, const void *ours, const void *obase,
                               const void *theirs, const void *tbase) {
  long o = off(ours, obase), t = off(theirs, tbase);
  if (o != t)
    fail_msg("%s: glibc %ld, sysgate %ld", what, t, o);
  compared++;
}
#define SAME_OFFSET(what, ours, theirs, base) same_offset((what), (ours), (base), (theirs), (base))
#endif
