/* getpwnam, getpwuid, their _r forms and getpwent (sysgate/pwd.h) against glibc's
 * on this machine's /etc/passwd: every entry looked up by name and by number on both
 * sides, every field compared, plus names and ids that are not there.
 *
 * Not obvious: glibc may also ask NSS modules (systemd) that sysgate never asks, so
 * the entries compared are those of the files, as sysgate's getpwent lists them; a
 * file with none would test nothing, and fails.
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

static void passwd_text(const struct passwd *p, char *out, size_t size) {
  if (p == NULL)
    snprintf(out, size, "none");
  else
    snprintf(out, size, ORACLE_PASSWD_LINE, p->pw_name, p->pw_passwd, p->pw_uid, p->pw_gid,
             p->pw_gecos, p->pw_dir, p->pw_shell);
}

static void test_passwd(void **state) {
  (void)state;
  char ours[4096], theirs[4096], name[256];
  int count = 0;
  setpwent();
  struct passwd *p;
  while ((p = getpwent()) != NULL) {
    count++;
    snprintf(name, sizeof name, "%s", p->pw_name);
    unsigned uid = p->pw_uid;
    passwd_text(getpwnam(name), ours, sizeof ours);
    oracle_passwd_text(name, 0, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    passwd_text(getpwuid(uid), ours, sizeof ours);
    oracle_passwd_text(NULL, uid, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    name[strlen(name) - 1] = '\0';
    passwd_text(getpwnam(name), ours, sizeof ours);
    oracle_passwd_text(name, 0, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    snprintf(name, sizeof name, "%s", p->pw_name);
    for (size_t size = 0; size < 4096; size = size * 2 + 1) {
      struct passwd pw, *result = &pw;
      char buf[4096];
      int r = getpwnam_r(name, &pw, buf, size, &result);
      int found, their_r = oracle_getpwnam_r(name, size, &found);
      if (size == 0 || size >= 2048) { /* where both must agree: no room, room to spare */
        assert_int_equal(r, their_r);
        assert_int_equal(result != NULL, found);
      }
      if (r == 0) {
        assert_ptr_equal(result, &pw);
        passwd_text(result, ours, sizeof ours);
        oracle_passwd_text(name, 0, theirs, sizeof theirs);
        assert_string_equal(ours, theirs);
      } else {
        assert_int_equal(r, ERANGE);
        assert_null(result);
      }
    }
  }
  endpwent();
  print_message("%d /etc/passwd entries compared\n", count);
  assert_true(count > 0);
  const char *absent[] = {"", "no-such-user-here", "roo", "root ", "root:x"};
  for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
    passwd_text(getpwnam(absent[i]), ours, sizeof ours);
    oracle_passwd_text(absent[i], 0, theirs, sizeof theirs);
    assert_string_equal(ours, theirs);
    struct passwd pw, *result = &pw;
    char buf[1024];
    assert_int_equal(getpwnam_r(absent[i], &pw, buf, sizeof buf, &result), 0);
    assert_null(result);
  }
  passwd_text(getpwuid(4000000000u), ours, sizeof ours);
  oracle_passwd_text(NULL, 4000000000u, theirs, sizeof theirs);
  assert_string_equal(ours, theirs);
}

/* getpwent twice over: setpwent starts over, and the lists agree. */
static void test_enumeration_restarts(void **state) {
  (void)state;
  char first[256] = "", again[256] = "";
  int n1 = 0, n2 = 0;
  struct passwd *p;
  while ((p = getpwent()) != NULL)
    if (n1++ == 0)
      snprintf(first, sizeof first, "%s", p->pw_name);
  assert_null(getpwent());
  setpwent();
  while ((p = getpwent()) != NULL)
    if (n2++ == 0)
      snprintf(again, sizeof again, "%s", p->pw_name);
  endpwent();
  assert_int_equal(n1, n2);
  assert_string_equal(first, again);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_passwd),
      cmocka_unit_test(test_enumeration_restarts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
