/* The vDSO reader (src/vdso.c, sysgate/vdso.h): every lookup against glibc's
 * own lookup in the same image (dlvsym), through each hash table alone, in a
 * copy at another address, in the seed corpus; and malformed images (every
 * truncation, thousands of byte changes) placed between unmapped pages, where
 * one read outside the image would kill the test.
 *
 * Not obvious: "not found" is a valid answer for a name this kernel's vDSO
 * lacks (__vdso_clock_gettime64 on x86_64), so each lookup must agree with
 * glibc's, found or not; and the names glibc finds must be found too, or an
 * image where nothing is found would pass.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_vdso.h"
#include <sysgate.h>

#include "suite.h"

/* The names any x86 vDSO may have, with their versions (vdso(7)). */
static const char *const names[][2] = {
    {"LINUX_2.6", "__vdso_clock_gettime"}, {"LINUX_2.6", "__vdso_gettimeofday"},
    {"LINUX_2.6", "__vdso_time"},          {"LINUX_2.6", "__vdso_getcpu"},
    {"LINUX_2.6", "__vdso_clock_getres"},  {"LINUX_2.6", "__vdso_clock_gettime64"},
    {"LINUX_2.6", "__vdso_getrandom"},     {"LINUX_2.5", "__kernel_vsyscall"},
    {"LINUX_2.5", "__kernel_sigreturn"},   {"LINUX_2.5", "__kernel_rt_sigreturn"},
    {"LINUX_2.6", "clock_gettime"},        {"LINUX_2.6", "time"},
};
#define NNAMES (sizeof names / sizeof names[0])

/* The live vDSO, parsed; skips when the process has none. */
static struct sysgate_vdso live(void) {
  const void *ehdr = (const void *)oracle_getauxval(AT_SYSINFO_EHDR);
  if (!ehdr)
    SKIP_BECAUSE("no vDSO in this process (AT_SYSINFO_EHDR is absent)");
  struct sysgate_vdso v;
  assert_int_equal(sysgate_vdso_parse(&v, ehdr, sysgate_vdso_image_size(ehdr)), 0);
  return v;
}

/* Every name: sysgate's answer is glibc's; returns how many were found. */
static int agree_with_glibc(const struct sysgate_vdso *v) {
  int found = 0;
  for (unsigned i = 0; i < NNAMES; i++) {
    void *ours = sysgate_vdso_sym(v, names[i][0], names[i][1]);
    void *theirs = oracle_vdso_dlvsym(names[i][1], names[i][0]);
    if (ours != theirs)
      print_message("%s@%s: sysgate %p, glibc %p\n", names[i][1], names[i][0], ours, theirs);
    assert_ptr_equal(ours, theirs);
    found += ours != NULL;
  }
  return found;
}

static void test_live_lookups_match_glibc(void **state) {
  (void)state;
  struct sysgate_vdso v = live();
  assert_true(agree_with_glibc(&v) >= 4); /* clock_gettime, gettimeofday, time, getcpu */
  /* The startup table (hosted_start.c) holds the same address, unless switched off. */
  void *getcpu_fn = oracle_vdso_dlvsym("__vdso_getcpu", "LINUX_2.6");
  assert_ptr_equal((void *)(uintptr_t)sysgate_vdso_calls.getcpu,
                   sysgate_vdso_wanted(oracle_environ()) ? getcpu_fn : NULL);
}

static void test_versions(void **state) {
  (void)state;
  struct sysgate_vdso v = live();
  void *any = sysgate_vdso_sym(&v, NULL, "__vdso_clock_gettime");
  assert_non_null(any);
  assert_ptr_equal(any, sysgate_vdso_sym(&v, "LINUX_2.6", "__vdso_clock_gettime"));
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.7", "__vdso_clock_gettime"));
  assert_null(sysgate_vdso_sym(&v, "LINUX_2", "__vdso_clock_gettime"));
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", "__vdso_clock_gettim"));
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", "__vdso_clock_gettime "));
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", "LINUX_2.6")); /* a version's own symbol */
  assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", ""));
  /* The base version is the file's name, never a symbol's version. */
  assert_null(sysgate_vdso_sym(&v, "linux-vdso.so.1", "__vdso_clock_gettime"));
  assert_null(sysgate_vdso_sym(&v, "linux-gate.so.1", "__vdso_clock_gettime"));
}

static void test_each_hash_table_alone(void **state) {
  (void)state;
  struct sysgate_vdso v = live();
  if (!v.hash || !v.gnu_hash)
    SKIP_BECAUSE("this vDSO lacks DT_HASH or DT_GNU_HASH, so neither can be forced");
  struct sysgate_vdso sysv = v, gnu = v;
  sysv.gnu_hash = 0;
  gnu.hash = 0;
  assert_true(agree_with_glibc(&sysv) >= 4);
  assert_true(agree_with_glibc(&gnu) >= 4);
  sysv.hash = 0; /* no table left: nothing found, nothing read */
  assert_null(sysgate_vdso_sym(&sysv, "LINUX_2.6", "__vdso_clock_gettime"));
}

/* The image parsed from a copy: each address moves with the copy. */
static void test_copy_at_another_address(void **state) {
  (void)state;
  unsigned long start, end, size;
  if (oracle_vdso_range(&start, &end) != 0)
    SKIP_BECAUSE("no [vdso] line in /proc/self/maps");
  unsigned char *copy = oracle_vdso_copy(&size);
  assert_non_null(copy);
  assert_int_equal(size, end - start);
  assert_int_equal(start, oracle_getauxval(AT_SYSINFO_EHDR));
  uintptr_t image_size = sysgate_vdso_image_size((const void *)start);
  assert_true(image_size > 0 && image_size <= size);
  struct sysgate_vdso v;
  assert_int_equal(sysgate_vdso_parse(&v, copy, size), 0);
  int found = 0;
  for (unsigned i = 0; i < NNAMES; i++) {
    char *theirs = oracle_vdso_dlvsym(names[i][1], names[i][0]);
    char *ours = sysgate_vdso_sym(&v, names[i][0], names[i][1]);
    assert_ptr_equal(ours, theirs ? (char *)copy + (theirs - (char *)start) : NULL);
    if (ours)
      assert_true((uintptr_t)(ours - (char *)copy) < image_size), found++;
  }
  assert_true(found >= 4);
  oracle_vdso_free(copy);
}

/* The seed corpus: this arch's image parses, the other arch's is refused. */
static void test_corpus(void **state) {
  (void)state;
  /* __FILE__ is this file's absolute path in a CMake build: tests/hosted/test_vdso.c. */
  static const char *const seeds[] = {"../fuzz/corpus/vdso-x86_64.so",
                                      "../fuzz/corpus/vdso-i386.so"};
  const char *file = __FILE__;
  unsigned dir = 0;
  for (unsigned i = 0; file[i]; i++)
    if (file[i] == '/')
      dir = i + 1;
  char path[4096];
  if (dir == 0 || dir + 64 > sizeof path)
    SKIP_BECAUSE("the source directory is unknown (__FILE__ is not a path)");
  int matched = 0, refused = 0;
  for (unsigned i = 0; i < 2; i++) {
    unsigned n = 0;
    for (; n < dir; n++)
      path[n] = file[n];
    for (const char *t = seeds[i]; (path[n] = *t) != '\0'; t++)
      n++;
    static unsigned char buf[1 << 16] __attribute__((aligned(16)));
    long len = oracle_read_file(path, buf, sizeof buf);
    assert_true(len > 0);
    struct sysgate_vdso v;
    if (sysgate_vdso_parse(&v, buf, (uintptr_t)len) != 0) {
      refused++;
      assert_null(sysgate_vdso_sym(&v, "LINUX_2.6", "__vdso_clock_gettime"));
      continue;
    }
    matched++;
    char *p = sysgate_vdso_sym(&v, "LINUX_2.6", "__vdso_clock_gettime");
    assert_true(p && p > (char *)buf && p < (char *)buf + len);
    assert_ptr_equal(sysgate_vdso_sym(&v, NULL, "__vdso_clock_gettime"), p);
  }
  assert_int_equal(matched, 1);
  assert_int_equal(refused, 1);
}

/* Parses `len` bytes of `image` between unmapped pages and looks every name
 * up; every address found must lie inside those bytes. Returns the number of
 * names found. */
static int probe(const unsigned char *image, unsigned long len) {
  unsigned char *p = oracle_fenced(image, len);
  assert_non_null(p);
  struct sysgate_vdso v;
  int found = 0;
  if (sysgate_vdso_parse(&v, p, len) == 0) {
    for (unsigned i = 0; i < NNAMES; i++) {
      for (int table = 0; table < 2; table++) {
        struct sysgate_vdso one = v;
        if (table)
          one.gnu_hash = 0;
        char *s = sysgate_vdso_sym(&one, names[i][0], names[i][1]);
        if (s)
          assert_true(s >= (char *)p && s < (char *)p + len), found++;
      }
    }
  }
  if (len >= 4096)
    assert_true(sysgate_vdso_image_size(p) <= (uintptr_t)-1);
  oracle_unfence(p, len);
  return found;
}

static unsigned char *live_copy(unsigned long *size) {
  unsigned char *copy = oracle_vdso_copy(size);
  if (!copy)
    SKIP_BECAUSE("the vDSO cannot be read through /proc/self/mem");
  return copy;
}

static void test_every_truncation(void **state) {
  (void)state;
  unsigned long size;
  unsigned char *copy = live_copy(&size);
  uintptr_t image_size = sysgate_vdso_image_size(copy);
  assert_true(probe(copy, size) > 0); /* whole: found, so the fence works */
  int short_found = 0;
  for (unsigned long len = 0; len < size; len++) {
    int found = probe(copy, len);
    if (len < 64)
      assert_int_equal(found, 0); /* not even an ELF header */
    if (len >= image_size && len % 8 == 0)
      short_found += found > 0;
  }
  assert_true(short_found > 0); /* a cut after the tables still finds symbols */
  oracle_vdso_free(copy);
}

/* Each byte of the headers and tables set to values that break them in
 * different ways: zero, all ones, the sign bit, one more. */
static void test_byte_changes(void **state) {
  (void)state;
  unsigned long size;
  unsigned char *copy = live_copy(&size);
  static const int deltas[] = {0x00, 0xff, 0x80, -1};
  unsigned long limit = size < 0x1000 ? size : 0x1000; /* code starts past the tables */
  for (unsigned long off = 0; off < limit; off++) {
    unsigned char saved = copy[off];
    for (unsigned d = 0; d < 4; d++) {
      copy[off] = deltas[d] < 0 ? (unsigned char)(saved + 1) : (unsigned char)deltas[d];
      probe(copy, size);
    }
    copy[off] = saved;
  }
  oracle_vdso_free(copy);
}

/* Any field of a parsed image changed by hand: offsets moved near the end of
 * the address space must wrap and be refused, counts beyond the image ignored. */
static void test_hostile_offsets(void **state) {
  (void)state;
  unsigned long size;
  unsigned char *copy = live_copy(&size);
  struct sysgate_vdso v;
  assert_int_equal(sysgate_vdso_parse(&v, copy, size), 0);
  static const uintptr_t bad[] = {1, 3, (uintptr_t)-8, (uintptr_t)-1, (uintptr_t)1 << 31};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    for (unsigned f = 0; f < 8; f++) {
      struct sysgate_vdso w = v;
      switch (f) { /* offsets moved by bad[i], counts set to it */
      case 0:
        w.symtab += bad[i];
        break;
      case 1:
        w.strtab += bad[i];
        break;
      case 2:
        w.hash += bad[i];
        break;
      case 3:
        w.gnu_hash += bad[i];
        break;
      case 4:
        w.versym += bad[i];
        break;
      case 5:
        w.verdef += bad[i];
        break;
      case 6:
        w.strsz = bad[i];
        break;
      case 7:
        w.nsyms = bad[i];
        break;
      }
      for (unsigned n = 0; n < NNAMES; n++) {
        char *s = sysgate_vdso_sym(&w, names[n][0], names[n][1]);
        assert_true(s == NULL || (s >= (char *)copy && s < (char *)copy + size));
      }
    }
  }
  oracle_vdso_free(copy);
}

static void test_refusals(void **state) {
  (void)state;
  static unsigned char zeros[4096] __attribute__((aligned(16)));
  struct sysgate_vdso v;
  assert_int_equal(sysgate_vdso_parse(&v, NULL, 100), -ENOEXEC);
  assert_int_equal(sysgate_vdso_parse(&v, zeros, sizeof zeros), -ENOEXEC);
  assert_null(sysgate_vdso_sym(&v, NULL, "__vdso_time"));
  assert_int_equal(sysgate_vdso_image_size(zeros), 0);
  assert_int_equal(sysgate_vdso_image_size(NULL), 0);

  unsigned long size;
  unsigned char *copy = live_copy(&size);
  assert_int_equal(sysgate_vdso_parse(&v, copy, size), 0);
  assert_int_equal(sysgate_vdso_parse(&v, copy + 1, size - 1), -ENOEXEC); /* misaligned */
  copy[4] ^= 3; /* ELFCLASS32 <-> ELFCLASS64 */
  assert_int_equal(sysgate_vdso_parse(&v, copy, size), -ENOEXEC);
  copy[4] ^= 3;
  copy[16] = 2; /* ET_EXEC */
  assert_int_equal(sysgate_vdso_parse(&v, copy, size), -ENOEXEC);
  oracle_vdso_free(copy);
}

static void test_switch(void **state) {
  (void)state;
  char *none[] = {NULL};
  char *off[] = {"A=1", "SYSGATE_NO_VDSO=1", NULL};
  char *yes_text[] = {"SYSGATE_NO_VDSO=yes", NULL};
  char *zero[] = {"SYSGATE_NO_VDSO=0", "SYSGATE_NO_VDSO=1", NULL}; /* the first one counts */
  char *empty[] = {"SYSGATE_NO_VDSO=", NULL};
  char *longer[] = {"SYSGATE_NO_VDSOX=1", "XSYSGATE_NO_VDSO=1", "SYSGATE_NO_VDSO", NULL};
#ifdef SYSGATE_NO_VDSO
  assert_int_equal(sysgate_vdso_wanted(none), 0); /* built without: never */
  assert_int_equal(sysgate_vdso_wanted(NULL), 0);
  (void)off, (void)yes_text, (void)zero, (void)empty, (void)longer;
#else
  assert_int_equal(sysgate_vdso_wanted(NULL), 1);
  assert_int_equal(sysgate_vdso_wanted(none), 1);
  assert_int_equal(sysgate_vdso_wanted(off), 0);
  assert_int_equal(sysgate_vdso_wanted(yes_text), 0);
  assert_int_equal(sysgate_vdso_wanted(zero), 1);
  assert_int_equal(sysgate_vdso_wanted(empty), 1);
  assert_int_equal(sysgate_vdso_wanted(longer), 1);
#endif
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_live_lookups_match_glibc),
      cmocka_unit_test(test_versions),
      cmocka_unit_test(test_each_hash_table_alone),
      cmocka_unit_test(test_copy_at_another_address),
      cmocka_unit_test(test_corpus),
      cmocka_unit_test(test_every_truncation),
      cmocka_unit_test(test_byte_changes),
      cmocka_unit_test(test_hostile_offsets),
      cmocka_unit_test(test_refusals),
      cmocka_unit_test(test_switch),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
