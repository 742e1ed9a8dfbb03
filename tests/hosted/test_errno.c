/* sysgate_errno_name and strerror_r (sysgate/string.h), and the E* values of
 * sysgate/errno_list.h: names against glibc's strerrorname_np(3), values against
 * glibc's <errno.h> by name, strerror_r's POSIX contract (0, ERANGE with a
 * truncated string, EINVAL with "Unknown error N") against glibc's POSIX
 * strerror_r wherever the message is not the text itself.
 *
 * Not obvious: sysgate's messages are generated from glibc's own strerror texts
 * (tools/gen_errno.py), so every message is compared with glibc's at run time
 * too: a glibc that rewords one shows up here, not in a user's diff.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_tables.h"
#include <sysgate.h>

#include "suite.h"

/* sysgate's E* names and values, from the generated list plus its second names. */
#define SG_ROW(name, message) {#name, name},
static const struct oracle_name_value sysgate_errnos[] = {
    SYSGATE_ERRNO_LIST(SG_ROW){"EWOULDBLOCK", EWOULDBLOCK},
    {"EDEADLOCK", EDEADLOCK},
    {0, 0},
};

static const struct oracle_name_value *find(const struct oracle_name_value *t, const char *name) {
  for (; t->name; t++)
    if (strlen(t->name) == strlen(name) && memcmp(t->name, name, strlen(name)) == 0)
      return t;
  return NULL;
}

/* Values glibc may print as numbers, errno's whole range and past it both ways. */
#define FIRST_VALUE (-300)
#define LAST_VALUE (SYSGATE_MAX_ERRNO + 300)

static void test_values_match_glibc_by_name(void **state) {
  (void)state;
  unsigned n = 0;
  for (const struct oracle_name_value *s = sysgate_errnos; s->name; s++, n++) {
    const struct oracle_name_value *g = find(oracle_errno_values, s->name);
    if (!g)
      fail_msg("%s (%ld) is not in glibc's <errno.h>", s->name, s->value);
    assert_int_equal(s->value, g->value);
  }
  print_message("%u E* names compared\n", n);
  /* Every value glibc has a name for has a name here too (glibc's own ENOTSUP is
   * EOPNOTSUPP's value, which the kernel list has). */
  for (const struct oracle_name_value *g = oracle_errno_values; g->name; g++)
    if (!sysgate_errno_name((int)g->value))
      fail_msg("glibc's %s (%ld) has no name in sysgate", g->name, g->value);
}

static void test_names_match_strerrorname_np(void **state) {
  (void)state;
  unsigned named = 0;
  for (int v = FIRST_VALUE; v <= LAST_VALUE; v++) {
    const char *ours = sysgate_errno_name(v), *theirs = oracle_strerrorname(v);
    if (v == 0) {
      assert_null(ours); /* glibc says "0": success has no E* name */
      continue;
    }
    if (!ours || !theirs) {
      if (ours != theirs)
        fail_msg("%d: sysgate %s, glibc %s", v, ours ? ours : "NULL", theirs ? theirs : "NULL");
      continue;
    }
    assert_string_equal(ours, theirs);
    named++;
  }
  print_message("%u values named alike\n", named);
  /* And from the list's side: every entry's value names itself, first name first. */
#define SG_CHECK(name, message) assert_string_equal(sysgate_errno_name(name), #name);
  SYSGATE_ERRNO_LIST(SG_CHECK)
#undef SG_CHECK
  assert_string_equal(sysgate_errno_name(EWOULDBLOCK), "EAGAIN");
}

/* --- strerror_r ------------------------------------------------------------- */

#define FILL 'Z' /* what strerror_r must not have written */

static void fill(char *buf, size_t n) {
  memset(buf, FILL, n);
}

/* The contract for a known errnum, against its full message from strerror. */
static void check_known(int errnum) {
  const char *full = strerror(errnum);
  size_t len = strlen(full);
  char buf[256];
  assert_true(len + 1 < sizeof buf);

  fill(buf, sizeof buf);
  assert_int_equal(strerror_r(errnum, buf, sizeof buf), 0);
  assert_string_equal(buf, full);
  fill(buf, sizeof buf);
  assert_int_equal(strerror_r(errnum, buf, len + 1), 0); /* exactly enough */
  assert_string_equal(buf, full);
  assert_int_equal(buf[len + 1], FILL);

  size_t sizes[] = {len, len / 2 + 1, 1};
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    fill(buf, sizeof buf);
    assert_int_equal(strerror_r(errnum, buf, sizes[i]), ERANGE);
    assert_int_equal(strlen(buf), sizes[i] - 1); /* truncated, NUL-terminated */
    assert_memory_equal(buf, full, sizes[i] - 1);
    assert_int_equal(buf[sizes[i]], FILL);
  }
  fill(buf, sizeof buf);
  assert_int_equal(strerror_r(errnum, buf, 0), ERANGE);
  assert_int_equal(buf[0], FILL); /* no room: nothing written */
}

static void test_strerror_r_known(void **state) {
  (void)state;
  errno = SUITE_ERRNO_CANARY;
  check_known(0);
#define SG_KNOWN(name, message)                                                                    \
  check_known(name);                                                                               \
  assert_string_equal(strerror(name), message);
  SYSGATE_ERRNO_LIST(SG_KNOWN)
#undef SG_KNOWN
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  /* glibc's words, not the kernel header's "Bad file number". */
  char ours[256], glibcs[256];
  unsigned n = 0;
#define SG_GLIBC(name, message)                                                                    \
  assert_int_equal(oracle_strerror_r(name, glibcs, sizeof glibcs), 0);                             \
  assert_int_equal(strerror_r(name, ours, sizeof ours), 0);                                        \
  assert_string_equal(ours, glibcs);                                                               \
  n++;
  SYSGATE_ERRNO_LIST(SG_GLIBC)
#undef SG_GLIBC
  assert_string_equal(strerror(EBADF), "Bad file descriptor");
  print_message("%u messages equal to glibc's strerror_r\n", n);
}

/* Unknown numbers: EINVAL and "Unknown error N", truncated alike, as glibc's. */
static void test_strerror_r_unknown_as_glibc(void **state) {
  (void)state;
  const int values[] = {-1,
                        -4095,
                        41,
                        58,
                        134,
                        SYSGATE_MAX_ERRNO,
                        SYSGATE_MAX_ERRNO + 1,
                        (int)(~0u >> 1),
                        -(int)(~0u >> 1) - 1};
  const size_t sizes[] = {128, 27, 26, 25, 15, 14, 2, 1, 0};
  errno = SUITE_ERRNO_CANARY;
  for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
    for (unsigned j = 0; j < sizeof sizes / sizeof sizes[0]; j++) {
      char ours[128], theirs[128];
      fill(ours, sizeof ours);
      fill(theirs, sizeof theirs);
      int r = strerror_r(values[i], ours, sizes[j]);
      int g = oracle_strerror_r(values[i], theirs, sizes[j]);
      assert_int_equal(r, EINVAL);
      assert_int_equal(g, EINVAL);
      assert_memory_equal(ours, theirs, sizeof ours);
    }
  }
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  char buf[64];
  assert_int_equal(strerror_r(-5, buf, sizeof buf), EINVAL);
  assert_string_equal(buf, strerror(-5)); /* strerror's static text, alike */
}

/* Which numbers are known at all: EINVAL exactly where glibc says EINVAL. */
static void test_strerror_r_known_set_as_glibc(void **state) {
  (void)state;
  for (int v = FIRST_VALUE; v <= LAST_VALUE; v++) {
    char ours[256], theirs[256];
    int r = strerror_r(v, ours, sizeof ours);
    int g = oracle_strerror_r(v, theirs, sizeof theirs);
    if (r != g)
      fail_msg("%d: sysgate %d (%s), glibc %d (%s)", v, r, ours, g, theirs);
    assert_int_equal(r == 0, sysgate_errno_name(v) != NULL || v == 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values_match_glibc_by_name),
      cmocka_unit_test(test_names_match_strerrorname_np),
      cmocka_unit_test(test_strerror_r_known),
      cmocka_unit_test(test_strerror_r_unknown_as_glibc),
      cmocka_unit_test(test_strerror_r_known_set_as_glibc),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
