/* FILE streams (sysgate/stdio.h) against glibc's around the files themselves: the
 * write(2) calls each buffering mode makes, the open flags of every fopen mode string,
 * popen and pclose, tmpfile, remove, freopen, a failing write, fflush(NULL) and the
 * positions it leaves.
 *
 * Not obvious: the write(2) calls are seen through a SOCK_SEQPACKET socket pair, which
 * keeps each write a message of its own: reading the messages back gives the exact
 * sizes of the writes a stream made, for glibc's stream and sysgate's in turn.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_stdio.h"
#include "oracle_vdso.h"
#include <sysgate.h>
#include <sysgate/posix/stdio_ext.h>

#include "suite.h"
#include "suite_random.h"
char **environ; /* sysgate's (sysgate_environ): popen's shell gets glibc's environment */

ORACLE_STDIO_TABLE(sysgate_stdio, "sysgate");
#include "suite_stdio.h"

/* ---- write(2) calls, seen as messages of a SOCK_SEQPACKET pair ---- */

static void record_writes(const struct stdio_fns *F, int mode, struct log *l) {
  int sv[2];
  assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
  int bufsize = 1 << 20;
  setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &bufsize, sizeof bufsize);
  void *f = F->fdopen(sv[0], "w");
  assert_non_null(f);
  if (mode >= 0) {
    int modes[3] = {F->iofbf, F->iolbf, F->ionbf};
    assert_int_equal(F->setvbuf(f, NULL, modes[mode], 0), 0);
  }
  static const struct op ops[] = {
      {'p', "line one\n", 0}, {'p', "abc", 0}, {'c', 0, '\n'},   {'P', "n", 7},
      {'p', "a\nb\nc", 0},    {'p', "d\n", 0}, {'w', 0, 5000},   {'p', "x\n", 0},
      {'w', 0, BIG},          {'c', 0, 'q'},   {'p', "tail", 0}, {'f', 0, 0},
      {'p', "more\n", 0},     {0, 0, 0}};
  struct log scratch = {.len = 0};
  run_ops(F, f, ops, &scratch);
  F->fclose(f);
  static char msg[BIG * 3];
  ssize_t n;
  while ((n = recv(sv[1], msg, sizeof msg, MSG_DONTWAIT)) > 0)
    note(l, "%zd ", n);
  close(sv[1]);
}

static void buffering_write_calls(void **state) {
  (void)state;
  static const char *const names[] = {"default", "_IOFBF", "_IOLBF", "_IONBF"};
  for (int mode = -1; mode < 3; mode++) {
    static struct log logs[2];
    for (int side = 0; side < 2; side++) {
      logs[side].len = 0;
      logs[side].text[0] = '\0';
      record_writes(sides[side], mode, &logs[side]);
    }
    compare_logs(&logs[0], &logs[1], names[mode + 1]);
  }
  /* And by themselves: unbuffered is one write per call, line-buffered one per line,
   * fully buffered one per 4096 bytes. */
  struct log l = {.len = 0};
  record_writes(&sysgate_stdio, 2, &l);
  assert_string_equal(l.text, "9 3 1 4 5 2 5000 2 10000 1 4 5 ");
  l.len = 0;
  record_writes(&sysgate_stdio, 1, &l);
  assert_string_equal(l.text, "9 4 4 4 3 4096 906 4096 4096 1813 5 ");
}

/* ---- fopen's mode strings ---- */

static void fopen_mode_flags(void **state) {
  (void)state;
  static const char *const modes[] = {"r",        "r+",  "w",   "w+",  "a",  "a+",  "rb",
                                      "rb+",      "r+b", "wb",  "ab+", "wx", "w+x", "ax",
                                      "re",       "we",  "ae+", "rw",  "ra", "r+e", "rbbbbbe",
                                      "rbbbbbbe", "rxe", "",    "z",   "xw", "Rw",  NULL};
  for (const char *const *m = modes; *m; m++) {
    unsigned results[2][5];
    for (int side = 0; side < 2; side++) {
      const struct stdio_fns *F = sides[side];
      char path[512];
      snprintf(path, sizeof path, "%s/mode_%s", oracle_tmpdir(), F->name);
      oracle_make_file(strrchr(path, '/') + 1, "existing", 8);
      F->set_errno(0);
      void *f = F->fopen(path, *m);
      results[side][0] = f != NULL;
      results[side][1] = (unsigned)F->get_errno();
      results[side][2] = f ? (unsigned)fcntl(F->fileno(f), F_GETFL) : 0;
      results[side][3] = f ? (unsigned)fcntl(F->fileno(f), F_GETFD) : 0;
      results[side][4] = f ? (unsigned)F->ftello(f) : 0;
      if (f)
        F->fclose(f);
      /* x: a second open of an existing file must fail with EEXIST. */
      if (f && strchr(*m, 'x') && (*m)[0] != 'r') {
        F->set_errno(0);
        assert_null(F->fopen(path, *m));
        results[side][1] = (unsigned)F->get_errno();
      }
      F->remove(path);
      if (strchr(*m, 'x') && (*m)[0] != 'r') { /* and succeed on an absent one */
        f = F->fopen(path, *m);
        if (f) {
          results[side][2] = (unsigned)fcntl(F->fileno(f), F_GETFL);
          F->fclose(f);
        }
      }
    }
    if (memcmp(results[0], results[1], sizeof results[0]) != 0)
      fail_msg("mode \"%s\": glibc ok %u errno %u fl %o fd %u pos %u, sysgate ok %u errno %u "
               "fl %o fd %u pos %u",
               *m, results[0][0], results[0][1], results[0][2], results[0][3], results[0][4],
               results[1][0], results[1][1], results[1][2], results[1][3], results[1][4]);
  }
  /* fdopen: "a" turns on O_APPEND, a mode the descriptor cannot serve is EINVAL. */
  for (int side = 0; side < 2; side++) {
    const struct stdio_fns *F = sides[side];
    const char *path = oracle_make_file("fdopen", "x", 1);
    int fd = open(path, O_RDONLY);
    F->set_errno(0);
    assert_null(F->fdopen(fd, "w"));
    assert_int_equal(F->get_errno(), EINVAL);
    assert_null(F->fdopen(fd, "q"));
    close(fd);
    fd = open(path, O_WRONLY);
    void *f = F->fdopen(fd, "a");
    assert_non_null(f);
    assert_true(fcntl(fd, F_GETFL) & O_APPEND);
    F->fclose(f);
  }
}

/* ---- popen ---- */

static void popen_pclose(void **state) {
  (void)state;
  for (int side = 0; side < 2; side++) {
    const struct stdio_fns *F = sides[side];
    void *f = F->popen("printf 'one\\ntwo\\n'; exit 3", "r");
    assert_non_null(f);
    char line[64];
    assert_non_null(F->fgets(line, sizeof line, f));
    assert_string_equal(line, "one\n");
    assert_non_null(F->fgets(line, sizeof line, f));
    assert_string_equal(line, "two\n");
    assert_null(F->fgets(line, sizeof line, f));
    assert_true(F->feof(f));
    assert_int_equal(fcntl(F->fileno(f), F_GETFD), 0); /* no 'e': inherited by exec */
    int status = F->pclose(f);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 3);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "cat > %s/popen_%s", oracle_tmpdir(), F->name);
    f = F->popen(cmd, "we");
    assert_non_null(f);
    assert_int_equal(fcntl(F->fileno(f), F_GETFD), FD_CLOEXEC);
    assert_int_equal(F->fputs("through the shell\n", f), 1);
    assert_int_equal(F->pclose(f), 0);
    char got[64];
    snprintf(cmd, sizeof cmd, "popen_%s", F->name);
    assert_int_equal(oracle_read_file(oracle_path(cmd), got, sizeof got), 18);
    assert_memory_equal(got, "through the shell\n", 18);

    F->set_errno(0);
    assert_null(F->popen("true", "rb"));
    assert_int_equal(F->get_errno(), EINVAL);
    F->set_errno(0);
    assert_null(F->popen("true", "x"));
    assert_int_equal(F->get_errno(), EINVAL);
    f = F->popen("exit 7", "w");
    assert_int_equal(WEXITSTATUS(F->pclose(f)), 7);
  }
}

/* ---- tmpfile, remove, freopen, a failing write ---- */

static void tmpfile_remove_freopen(void **state) {
  (void)state;
  for (int side = 0; side < 2; side++) {
    const struct stdio_fns *F = sides[side];
    void *f = F->tmpfile();
    assert_non_null(f);
    assert_int_equal(fcntl(F->fileno(f), F_GETFL) & O_ACCMODE, O_RDWR);
    assert_int_equal(F->fputs("scratch", f), 1);
    F->rewind(f);
    char buf[16] = {0};
    assert_int_equal(F->fread(buf, 1, sizeof buf, f), 7);
    assert_string_equal(buf, "scratch");
    assert_int_equal(F->fclose(f), 0);

    char dir[512];
    snprintf(dir, sizeof dir, "%s/dir_%s", oracle_tmpdir(), F->name);
    assert_int_equal(mkdir(dir, 0700), 0);
    assert_int_equal(F->remove(dir), 0);
    F->set_errno(0);
    assert_int_equal(F->remove(dir), -1);
    assert_int_equal(F->get_errno(), ENOENT);

    /* freopen keeps the descriptor number; NULL path changes the mode of the same file. */
    const char *a = oracle_make_file("freopen_a", "AAAA", 4);
    f = F->fopen(a, "r");
    int fd = F->fileno(f);
    void *g = F->freopen(NULL, "a", f);
    assert_ptr_equal(g, f);
    assert_int_equal(F->fileno(g), fd);
    assert_true(fcntl(fd, F_GETFL) & O_APPEND);
    assert_int_equal(F->fputs("BB", g), 1);
    assert_int_equal(F->fclose(g), 0);
    assert_int_equal(oracle_read_file(a, buf, sizeof buf), 6);
    if (F == &sysgate_stdio) { /* glibc's freopen leaks the FILE when it fails */
      f = F->fopen(a, "r");
      F->set_errno(0);
      assert_null(F->freopen("/nonexistent/x", "r", f));
      assert_int_equal(F->get_errno(), ENOENT);
    }

    /* A write that fails: the error flag, fflush's EOF, and the bytes are dropped. */
    int full = open("/dev/full", O_WRONLY);
    if (full < 0)
      SKIP_BECAUSE("no /dev/full");
    f = F->fdopen(full, "w");
    assert_int_equal(F->fputs("lost", f), 1);
    assert_false(F->ferror(f));
    F->set_errno(0);
    assert_int_equal(F->fflush(f), -1);
    assert_int_equal(F->get_errno(), ENOSPC);
    assert_true(F->ferror(f));
    assert_int_equal(F->fpending(f), 0);
    assert_int_equal(F->fclose(f), 0);
  }
}

/* fflush(NULL) writes every stream's waiting output; fgetpos and fsetpos go back to a
 * position with the buffer's input accounted for. */
static void flush_all_and_positions(void **state) {
  (void)state;
  for (int side = 0; side < 2; side++) {
    const struct stdio_fns *F = sides[side];
    char a[512], b[512], got[16];
    snprintf(a, sizeof a, "%s/all_a_%s", oracle_tmpdir(), F->name);
    snprintf(b, sizeof b, "%s/all_b_%s", oracle_tmpdir(), F->name);
    void *fa = F->fopen(a, "w"), *fb = F->fopen(b, "w+");
    assert_int_equal(F->fputs("to a", fa), 1);
    assert_int_equal(F->fputs("to b", fb), 1);
    assert_int_equal(oracle_read_file(a, got, sizeof got), 0); /* still buffered */
    assert_int_equal(F->fflush(NULL), 0);
    assert_int_equal(oracle_read_file(a, got, sizeof got), 4);
    assert_int_equal(oracle_read_file(b, got, sizeof got), 4);
    F->fclose(fa);
    F->fclose(fb);
  }
  FILE *f = fopen(oracle_make_file("pos", "0123456789", 10), "r");
  assert_non_null(f);
  fpos_t pos;
  assert_int_equal(fgetc(f), '0');
  assert_int_equal(fgetc(f), '1');
  assert_int_equal(fgetpos(f, &pos), 0);
  assert_int_equal(ftell(f), 2);
  char rest[16];
  assert_int_equal(fread(rest, 1, sizeof rest, f), 8);
  assert_true(feof(f));
  assert_int_equal(fsetpos(f, &pos), 0);
  assert_false(feof(f));
  assert_int_equal(fgetc(f), '2');
  rewind(f);
  assert_int_equal(fgetc(f), '0');
  assert_int_equal(sizeof(fpos_t), 16); /* glibc's size with 64-bit offsets, both arches */
  assert_int_equal(fclose(f), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(buffering_write_calls),
      cmocka_unit_test(fopen_mode_flags),
      cmocka_unit_test(popen_pclose),
      cmocka_unit_test(tmpfile_remove_freopen),
      cmocka_unit_test(flush_all_and_positions),
  };
  return cmocka_run_group_tests(tests, stdio_setup, suite_teardown);
}
