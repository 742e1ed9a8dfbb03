/* sysgate_syscall_name, sysgate_syscall_number, sysgate_syscall_max,
 * sysgate_arch_name (sysgate/sysnames.h): both arches' tables from either build,
 * against the machine's uapi headers, glibc's <sys/syscall.h> and sysgate's own
 * SYS_* macros, plus every name's round trip and the edges (negative numbers,
 * max + 1, unused numbers, unknown names and arches).
 *
 * Not obvious: the uapi headers are Linux 6.1 and the tables a newer kernel, so
 * the tables may know more names than the headers, never other numbers; a number
 * the table leaves unnamed must be one no uapi name in the sample uses either.
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

static const enum sysgate_arch arches[] = {SYSGATE_ARCH_X86_64, SYSGATE_ARCH_I386};
#define NARCHES (sizeof arches / sizeof arches[0])

static const struct oracle_name_value *uapi_table(enum sysgate_arch arch) {
  return arch == SYSGATE_ARCH_X86_64 ? oracle_uapi_x86_64 : oracle_uapi_i386;
}

static int is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* Every named number gives back its number from its name; names are unique and
 * look like C identifiers in lower case. */
static void test_every_name_round_trips(void **state) {
  (void)state;
  for (unsigned a = 0; a < NARCHES; a++) {
    long max = sysgate_syscall_max(arches[a]), named = 0;
    assert_true(max > 0);
    for (long nr = 0; nr <= max; nr++) {
      const char *name = sysgate_syscall_name(arches[a], nr);
      if (!name)
        continue;
      named++;
      assert_true(name[0] != '\0');
      for (const char *p = name; *p; p++)
        assert_true(is_name_char(*p));
      if (sysgate_syscall_number(arches[a], name) != nr)
        fail_msg("%s: %s is %ld, looked up as %ld", sysgate_arch_name(arches[a]), name, nr,
                 sysgate_syscall_number(arches[a], name));
    }
    print_message("%s: %ld names in 0..%ld\n", sysgate_arch_name(arches[a]), named, max);
    /* The uapi sample is a subset: the table has at least that many names. */
    long sample = 0;
    for (const struct oracle_name_value *u = uapi_table(arches[a]); u->name; u++)
      sample++;
    assert_true(named >= sample);
  }
}

/* Both tables, whichever arch is compiled for, against the machine's uapi numbers. */
static void test_tables_match_uapi(void **state) {
  (void)state;
  for (unsigned a = 0; a < NARCHES; a++) {
    long max = sysgate_syscall_max(arches[a]);
    for (const struct oracle_name_value *u = uapi_table(arches[a]); u->name; u++) {
      assert_int_equal(sysgate_syscall_number(arches[a], u->name), u->value);
      assert_non_null(sysgate_syscall_name(arches[a], u->value));
      assert_string_equal(sysgate_syscall_name(arches[a], u->value), u->name);
      assert_true(u->value <= max);
    }
  }
  /* The same name, two numbers: the tables really are per arch. */
  assert_int_not_equal(sysgate_syscall_number(SYSGATE_ARCH_X86_64, "write"),
                       sysgate_syscall_number(SYSGATE_ARCH_I386, "write"));
}

/* The native table, sysgate's SYS_* macros and glibc's SYS_* agree. */
#define SYS_ROW(name) {#name, SYS_##name},
static const struct oracle_name_value sysgate_sys[] = {ORACLE_SYSCALL_NAMES(SYS_ROW){0, 0}};

static void test_native_matches_sys_macros(void **state) {
  (void)state;
  unsigned n = 0;
  for (const struct oracle_name_value *s = sysgate_sys; s->name; s++, n++) {
    assert_string_equal(s->name, oracle_glibc_sys[n].name);
    assert_int_equal(s->value, oracle_glibc_sys[n].value);
    assert_int_equal(sysgate_syscall_number(SYSGATE_ARCH_NATIVE, s->name), s->value);
    assert_non_null(sysgate_syscall_name(SYSGATE_ARCH_NATIVE, s->value));
    assert_string_equal(sysgate_syscall_name(SYSGATE_ARCH_NATIVE, s->value), s->name);
  }
  assert_true(n >= 24); /* "a few dozen" */
  assert_null(oracle_glibc_sys[n].name);
  /* SYSGATE_ARCH_NATIVE names the arch whose uapi header glibc's SYS_* come from. */
  const struct oracle_name_value *u = uapi_table(SYSGATE_ARCH_NATIVE);
  for (unsigned i = 0; u[i].name; i++)
    assert_int_equal(u[i].value, oracle_glibc_sys[i].value);
  assert_string_equal(sysgate_arch_name(SYSGATE_ARCH_NATIVE), SUITE_I386 ? "i386" : "x86_64");
}

/* Numbers outside 0..max, and unused numbers inside it, have no name. */
static void test_numbers_without_name(void **state) {
  (void)state;
  for (unsigned a = 0; a < NARCHES; a++) {
    enum sysgate_arch arch = arches[a];
    long max = sysgate_syscall_max(arch);
    assert_non_null(sysgate_syscall_name(arch, max)); /* max is the highest named number */
    assert_null(sysgate_syscall_name(arch, max + 1));
    assert_null(sysgate_syscall_name(arch, max + 1000));
    assert_null(sysgate_syscall_name(arch, -1));
    assert_null(sysgate_syscall_name(arch, -(long)(~0ul >> 1) - 1)); /* LONG_MIN */
    assert_null(sysgate_syscall_name(arch, (long)(~0ul >> 1)));      /* LONG_MAX */
    assert_null(sysgate_syscall_name(arch, 0x10000 + 1));            /* past a 16-bit index */
    for (long nr = 0; nr <= max; nr++) {
      if (sysgate_syscall_name(arch, nr))
        continue;
      for (const struct oracle_name_value *u = uapi_table(arch); u->name; u++)
        assert_int_not_equal(u->value, nr);
    }
  }
}

static void test_unknown_names(void **state) {
  (void)state;
  static const char *const unknown[] = {
      "",      "no_such_call", "READ",     "rea",       "readx",    "read ",
      " read", "write\n",      "SYS_read", "__NR_read", "sys_read",
  };
  for (unsigned a = 0; a < NARCHES; a++) {
    for (unsigned i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
      assert_int_equal(sysgate_syscall_number(arches[a], unknown[i]), -1);
    assert_int_equal(sysgate_syscall_number(arches[a], NULL), -1);
  }
  /* A name only one arch has is unknown on the other: i386's socketcall
   * multiplexer never existed on x86_64, which had the socket calls from the start. */
  assert_true(sysgate_syscall_number(SYSGATE_ARCH_I386, "socketcall") > 0);
  assert_int_equal(sysgate_syscall_number(SYSGATE_ARCH_X86_64, "socketcall"), -1);
}

static void test_unknown_arch(void **state) {
  (void)state;
  const enum sysgate_arch bad[] = {(enum sysgate_arch)2, (enum sysgate_arch) - 1,
                                   (enum sysgate_arch)1000};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_null(sysgate_arch_name(bad[i]));
    assert_null(sysgate_syscall_name(bad[i], 0));
    assert_int_equal(sysgate_syscall_number(bad[i], "read"), -1);
    assert_int_equal(sysgate_syscall_max(bad[i]), -1);
  }
  assert_string_equal(sysgate_arch_name(SYSGATE_ARCH_X86_64), "x86_64");
  assert_string_equal(sysgate_arch_name(SYSGATE_ARCH_I386), "i386");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_name_round_trips),
      cmocka_unit_test(test_tables_match_uapi),
      cmocka_unit_test(test_native_matches_sys_macros),
      cmocka_unit_test(test_numbers_without_name),
      cmocka_unit_test(test_unknown_names),
      cmocka_unit_test(test_unknown_arch),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
