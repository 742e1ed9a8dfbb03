/* getdents64(2) (sysgate/dirent.h): directory listings against glibc's readdir of the
 * same directory, read whole and in small chunks, and failures against glibc's.
 *
 * Not obvious: a size_t count above INT_MAX reaches the kernel as INT_MAX, as glibc
 * sends it; uncapped, x86_64 would cut it to 32 bits and i386 pass a negative int.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_fs.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_fs.h"

/* --- getdents64 ------------------------------------------------------------ */

#define MAX_ENTRIES 300

/* Reads all of fd's records with getdents64 in calls of `chunk` bytes into
 * out; the number of entries. */
static int list_dir(int fd, struct oracle_dirent *out, size_t chunk) {
  static union {
    struct linux_dirent64 first; /* the buffer's alignment is the record's */
    char bytes[8192];
  } buf;
  assert_true(chunk <= sizeof buf.bytes);
  int n = 0;
  for (;;) {
    ssize_t got = getdents64(fd, buf.bytes, chunk);
    assert_true(got >= 0);
    if (got == 0)
      return n;
    for (ssize_t at = 0; at < got;) {
      const struct linux_dirent64 *d = (const void *)(buf.bytes + at);
      assert_true(d->d_reclen > offsetof(struct linux_dirent64, d_name));
      assert_int_equal(d->d_reclen % 8, 0);
      assert_true(n < MAX_ENTRIES);
      size_t len = strlen(d->d_name);
      assert_true(len < sizeof out[n].name);
      memcpy(out[n].name, d->d_name, len + 1);
      out[n].ino = d->d_ino;
      out[n].off = d->d_off;
      out[n].type = d->d_type;
      n++;
      at += d->d_reclen;
    }
  }
}

static void assert_same_listing(const struct oracle_dirent *ours, int n,
                                const struct oracle_dirent *theirs, int tn) {
  assert_int_equal(n, tn);
  for (int i = 0; i < n; i++) {
    assert_string_equal(ours[i].name, theirs[i].name);
    assert_int_equal(ours[i].ino, theirs[i].ino);
    assert_int_equal(ours[i].off, theirs[i].off);
    assert_int_equal(ours[i].type, theirs[i].type);
  }
}

static int find_entry(const struct oracle_dirent *e, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strlen(e[i].name) == strlen(name) && memcmp(e[i].name, name, strlen(name)) == 0)
      return i;
  return -1;
}

static void test_getdents64_lists_like_readdir(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("ls"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  oracle_make_file("ls/file", fs_text, FS_TEXT_LEN);
  assert_int_equal(glibc_mkdir(oracle_path("ls/sub"), 0700, &err), 0);
  assert_int_equal(glibc_symlink("file", oracle_path("ls/link"), &err), 0);
  assert_int_equal(glibc_mknod(oracle_path("ls/fifo"), S_IFIFO | 0600, 0, &err), 0);

  static struct oracle_dirent ours[MAX_ENTRIES], theirs[MAX_ENTRIES];
  int fd = fs_open_dir(dir.s);
  errno = SUITE_ERRNO_CANARY;
  int n = list_dir(fd, ours, 4096);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
  assert_same_listing(ours, n, theirs, oracle_readdir(dir.s, theirs, MAX_ENTRIES));
  assert_int_equal(n, 6);

  /* The records name the right types, as the S_IFMT bits say. */
  const struct {
    const char *name;
    unsigned char type;
  } want[] = {{".", DT_DIR},   {"..", DT_DIR},   {"file", DT_REG},
              {"sub", DT_DIR}, {"link", DT_LNK}, {"fifo", DT_FIFO}};
  for (unsigned i = 0; i < sizeof want / sizeof want[0]; i++) {
    int at = find_entry(ours, n, want[i].name);
    assert_true(at >= 0);
    assert_int_equal(ours[at].type, want[i].type);
  }
  assert_int_equal(DTTOIF(DT_LNK), S_IFLNK);
  assert_int_equal(IFTODT(S_IFIFO | 0644), DT_FIFO);
}

static void test_getdents64_in_small_chunks(void **state) {
  (void)state;
  int err;
  struct fs_path dir = fs_keep(oracle_path("many"));
  assert_int_equal(glibc_mkdir(dir.s, 0700, &err), 0);
  char name[32];
  for (int i = 0; i < 200; i++) {
    memcpy(name, "many/entry-", 11);
    name[11] = (char)('a' + i / 26 % 26);
    name[12] = (char)('a' + i % 26);
    name[13] = '\0';
    oracle_make_file(name, "", 0);
  }
  static struct oracle_dirent ours[MAX_ENTRIES], theirs[MAX_ENTRIES];
  int fd = fs_open_dir(dir.s);
  int n = list_dir(fd, ours, 256); /* many calls, each ending on a whole record */
  assert_int_equal(close(fd), 0);
  assert_same_listing(ours, n, theirs, oracle_readdir(dir.s, theirs, MAX_ENTRIES));
  assert_int_equal(n, 202);
}

struct dents_call {
  int fd;
  void *buf;
  size_t size;
};

static void call_getdents64(void *arg) {
  const struct dents_call *c = arg;
  getdents64(c->fd, c->buf, c->size);
}

/* A size_t above INT_MAX reaches the kernel as INT_MAX, as glibc sends it;
 * uncapped, x86_64 would cut it to 32 bits and i386 would pass a negative int. */
static void test_getdents64_caps_the_size(void **state) {
  (void)state;
  static char buf[4096];
  int fd = fs_open_dir(oracle_tmpdir());
  struct dents_call c = {fd, buf, (size_t)-1};
  struct oracle_syscall seen = suite_trace(call_getdents64, &c, SYS_getdents64);
  assert_int_equal(seen.args[2], 0x7fffffff);
  assert_true(seen.ret > 0);
  assert_int_equal(close(fd), 0); /* the child read to its end: a fresh one each */
  fd = fs_open_dir(oracle_tmpdir());
  int err;
  long g = glibc_getdents64(fd, buf, (size_t)-1, &err);
  assert_true(g > 0);
  assert_int_equal(close(fd), 0);
  fd = fs_open_dir(oracle_tmpdir());
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(getdents64(fd, buf, (size_t)-1), g); /* the directory is small */
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(close(fd), 0);
}

static void test_getdents64_errors(void **state) {
  (void)state;
  static char buf[4096];
  const char *file = oracle_make_file("dents-file", fs_text, FS_TEXT_LEN);
  int ffd = open(file, O_RDONLY);
  assert_true(ffd >= 0);
  int dfd = fs_open_dir(oracle_tmpdir());
  FS_FAILS(EBADF, getdents64, -1, buf, sizeof buf);
  FS_FAILS(ENOTDIR, getdents64, ffd, buf, sizeof buf);
  FS_FAILS(EINVAL, getdents64, dfd, buf, 8); /* no record fits */
  FS_FAILS(EFAULT, getdents64, dfd, (void *)1, sizeof buf);
  assert_int_equal(close(ffd), 0);
  assert_int_equal(close(dfd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_getdents64_lists_like_readdir),
      cmocka_unit_test(test_getdents64_in_small_chunks),
      cmocka_unit_test(test_getdents64_caps_the_size),
      cmocka_unit_test(test_getdents64_errors),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
