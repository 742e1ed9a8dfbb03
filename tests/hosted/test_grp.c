/* getgrnam, getgrgid, their _r forms and getgrent (sysgate/grp.h) against glibc's on
 * this machine's /etc/group: every entry looked up by name and by number on both
 * sides, every field and every member compared, plus names and ids that are not there.
 *
 * Not obvious: glibc may also ask NSS modules (systemd) that sysgate never asks, so
 * the entries compared are those of the file, as sysgate's getgrent lists them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_dir.h"
#include <sysgate.h>

#include "suite.h"

static void group_text(const struct group *g, char *out, size_t size) {
  if (g == NULL) {
    snprintf(out, size, "none");
    return;
  }
  int n = snprintf(out, size, ORACLE_GROUP_LINE, g->gr_name, g->gr_passwd, g->gr_gid);
  for (char **m = g->gr_mem; *m != NULL && n > 0 && (size_t)n < size; m++)
    n += snprintf(out + n, size - (size_t)n, "%s,", *m);
}

static void test_group(void **state) {
  (void)state;
  char ours[8192], theirs[8192], name[256];
  int count = 0, members = 0;
  setgrent();
  struct group *g;
  while ((g = getgrent()) != NULL) {
    count++;
    for (char **m = g->gr_mem; *m; m++)
      members++;
    snprintf(name, sizeof name, "%s", g->gr_name);
    unsigned gid = g->gr_gid;
    group_text(getgrnam(name), ours, sizeof ours);
    oracle_group_text(name, 0, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    group_text(getgrgid(gid), ours, sizeof ours);
    oracle_group_text(NULL, gid, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    name[strlen(name) - 1] = '\0'; /* a prefix of a name is not that name */
    group_text(getgrnam(name), ours, sizeof ours);
    oracle_group_text(name, 0, theirs, sizeof theirs);
    if (strcmp(ours, theirs) != 0)
      fail_msg("getgrnam(\"%s\"): sysgate %s, glibc %s", name, ours, theirs);
    snprintf(name, sizeof name, "%s", g->gr_name);
    oracle_group_text(name, 0, theirs, sizeof theirs);
    for (size_t size = 0; size < 4096; size = size * 2 + 1) {
      struct group gr, *result = &gr;
      char buf[4096];
      int r = getgrnam_r(name, &gr, buf + 1, size, &result); /* unaligned on purpose */
      int found, their_r = oracle_getgrnam_r(name, size, &found);
      if (size == 0 || size >= 2048) {
        assert_int_equal(r, their_r);
        assert_int_equal(result != NULL, found);
      }
      if (r == 0) {
        group_text(result, ours, sizeof ours);
        assert_string_equal(ours, theirs);
      } else {
        assert_int_equal(r, ERANGE);
        assert_null(result);
      }
    }
  }
  endgrent();
  print_message("%d /etc/group entries (%d members) compared\n", count, members);
  assert_true(count > 0);
  group_text(getgrnam("no-such-group"), ours, sizeof ours);
  oracle_group_text("no-such-group", 0, theirs, sizeof theirs);
  assert_string_equal(ours, theirs);
  group_text(getgrgid(4000000000u), ours, sizeof ours);
  oracle_group_text(NULL, 4000000000u, theirs, sizeof theirs);
  assert_string_equal(ours, theirs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_group),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
