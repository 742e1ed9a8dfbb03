/* FILE streams from several threads (the threaded library, sysgate_hosted_mt): fprintf of
 * long distinctive lines into one stream, buffered and unbuffered, every line read back
 * whole; flockfile grouping several calls into one line; ftrylockfile from another thread
 * while the stream is held; the _unlocked forms against the plain ones; fopen and fclose
 * racing fflush(NULL) over the list of streams.
 *
 * Not obvious: a line is longer than the stream's buffer (5000 bytes against 4096), so one
 * fprintf reaches write(2) in several pieces: without the stream's lock, another thread's
 * bytes land between them, and the line read back is broken.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_thread.h"
#include <sysgate.h>

#include "suite.h"

#define THREADS 6
#define LINES 60
#define PAYLOAD 5000

static FILE *shared;
static long thread_errors[THREADS];

/* "T<t> L<nnnn> " (9 bytes) then PAYLOAD letters of the thread, then '\n', in one fprintf. */
static void print_lines(int t, void *arg) {
  (void)arg;
  static char payload[THREADS][PAYLOAD + 1];
  memset(payload[t], 'a' + t, PAYLOAD);
  payload[t][PAYLOAD] = '\0';
  for (int i = 0; i < LINES; i++)
    if (fprintf(shared, "T%d L%04d %s\n", t, i, payload[t]) != PAYLOAD + 10)
      thread_errors[t]++;
}

/* The same line as print_lines, made of many calls held together by flockfile. */
static void print_grouped(int t, void *arg) {
  (void)arg;
  for (int i = 0; i < LINES; i++) {
    flockfile(shared);
    fprintf(shared, "T%d L%04d ", t, i);
    for (int k = 0; k < PAYLOAD; k += 500) {
      for (int j = 0; j < 499; j++)
        putc_unlocked('a' + t, shared);
      fputc('a' + t, shared); /* a locked call inside the group: the lock is recursive */
      if (k % 2000 == 0)
        oracle_yield();
    }
    fputs("\n", shared);
    funlockfile(shared);
  }
}

/* Reads the file back: every line whole and in each thread's order; 0 when so. */
static void check_file(const char *path) {
  size_t cap = (size_t)THREADS * LINES * (PAYLOAD + 10) + 1;
  char *text = malloc(cap + 1);
  assert_non_null(text);
  long n = oracle_read_file(path, text, cap);
  assert_int_equal(n, (long)(cap - 1));
  int next[THREADS] = {0};
  for (char *line = text; line < text + n;) {
    int t = line[1] - '0';
    assert_true(line[0] == 'T' && t >= 0 && t < THREADS);
    int number = atoi(line + 4);
    assert_int_equal(number, next[t]);
    next[t]++;
    for (int i = 0; i < PAYLOAD; i++)
      if (line[9 + i] != 'a' + t)
        fail_msg("line T%d L%04d broken at byte %d: '%c'", t, number, i, line[9 + i]);
    assert_int_equal(line[9 + PAYLOAD], '\n');
    line += PAYLOAD + 10;
  }
  for (int t = 0; t < THREADS; t++)
    assert_int_equal(next[t], LINES);
  free(text);
}

static void run_into_file(const char *name, int mode, void (*fn)(int, void *)) {
  const char *path = oracle_make_file(name, "", 0);
  shared = fopen(path, "w");
  assert_non_null(shared);
  if (mode != _IOFBF)
    assert_int_equal(setvbuf(shared, NULL, mode, 0), 0);
  memset(thread_errors, 0, sizeof thread_errors);
  oracle_threads(THREADS, fn, NULL);
  assert_int_equal(fclose(shared), 0);
  for (int t = 0; t < THREADS; t++)
    assert_int_equal(thread_errors[t], 0);
  check_file(path);
}

static void test_fprintf_whole_lines(void **state) {
  (void)state;
  run_into_file("mt_full", _IOFBF, print_lines);
}

static void test_fprintf_whole_lines_unbuffered(void **state) {
  (void)state;
  run_into_file("mt_unbuf", _IONBF, print_lines);
}

static void test_flockfile_groups_calls(void **state) {
  (void)state;
  run_into_file("mt_grouped", _IOFBF, print_grouped);
}

/* Another thread's view of a stream this thread holds. */
static int other_try;
static void try_from_other(int t, void *arg) {
  (void)t;
  FILE *f = arg;
  other_try = ftrylockfile(f);
  if (other_try == 0)
    funlockfile(f);
}

static void test_ftrylockfile(void **state) {
  (void)state;
  FILE *f = fopen(oracle_make_file("mt_try", "", 0), "w");
  assert_non_null(f);
  assert_int_equal(ftrylockfile(f), 0);
  assert_int_equal(ftrylockfile(f), 0); /* again, by its holder: the count goes to 2 */
  oracle_threads(1, try_from_other, f);
  assert_int_not_equal(other_try, 0);
  funlockfile(f);
  oracle_threads(1, try_from_other, f); /* still held once */
  assert_int_not_equal(other_try, 0);
  funlockfile(f);
  oracle_threads(1, try_from_other, f);
  assert_int_equal(other_try, 0);
  flockfile(f); /* flockfile's hold, too */
  oracle_threads(1, try_from_other, f);
  assert_int_not_equal(other_try, 0);
  funlockfile(f);
  assert_int_equal(fclose(f), 0);
}

/* The _unlocked forms run while another thread holds the stream (they take no lock),
 * and write what the plain ones write. */
static long unlocked_result;
static void use_unlocked(int t, void *arg) {
  (void)t;
  FILE *f = arg;
  long r = 0;
  r += fputc_unlocked('x', f) == 'x';
  r += putc_unlocked('y', f) == 'y';
  r += fputs_unlocked("zz\n", f) >= 0;
  r += fwrite_unlocked("w\n", 1, 2, f) == 2;
  r += fflush_unlocked(f) == 0;
  r += ferror_unlocked(f) == 0 && feof_unlocked(f) == 0;
  r += fileno_unlocked(f) >= 0;
  clearerr_unlocked(f);
  unlocked_result = r;
}

/* The readers, plain and _unlocked, and what they read back of "xyzz\nw\n". */
struct readers {
  int (*getc1)(FILE *);
  int (*getc2)(FILE *);
  char *(*gets)(char *, int, FILE *);
  size_t (*read)(void *, size_t, size_t, FILE *);
};
static const struct readers locked_readers = {fgetc, getc, fgets, fread};
static const struct readers unlocked_readers = {fgetc_unlocked, getc_unlocked, fgets_unlocked,
                                                fread_unlocked};

static void read_back(const struct readers *r, FILE *f) {
  char a[16], b[16];
  assert_int_equal(r->getc1(f), 'x');
  assert_int_equal(r->getc2(f), 'y');
  assert_non_null(r->gets(a, sizeof a, f));
  assert_string_equal(a, "zz\n");
  assert_int_equal(r->read(b, 1, 2, f), 2);
  assert_memory_equal(b, "w\n", 2);
}

static void test_unlocked_forms(void **state) {
  (void)state;
  const char *path = oracle_make_file("mt_unlocked", "", 0);
  FILE *f = fopen(path, "w+");
  assert_non_null(f);
  flockfile(f);
  oracle_threads(1, use_unlocked, f);
  assert_int_equal(unlocked_result, 7);
  funlockfile(f);
  /* Same bytes as the locked calls; then read them back with the unlocked readers. */
  assert_int_equal(fputc('x', f), 'x');
  assert_int_equal(putc('y', f), 'y');
  assert_true(fputs("zz\n", f) >= 0);
  assert_int_equal(fwrite("w\n", 1, 2, f), 2);
  assert_int_equal(fflush(f), 0);
  rewind(f);
  char a[16];
  read_back(&unlocked_readers, f);
  read_back(&locked_readers, f);
  assert_int_equal(fgetc_unlocked(f), EOF);
  assert_int_not_equal(feof_unlocked(f), 0);
  assert_int_not_equal(feof(f), 0);
  clearerr_unlocked(f);
  assert_int_equal(feof(f), 0);
  assert_int_equal(fclose(f), 0);
  assert_int_equal(oracle_read_file(path, a, sizeof a), 14);
  assert_memory_equal(a, "xyzz\nw\nxyzz\nw\n", 14);
}

/* fopen, a line, fclose in every thread while others call fflush(NULL): the list of
 * streams changes under the walk. The files are made first (oracle_path is not
 * thread-safe). */
#define LIST_ROUNDS 1000
static char list_paths[THREADS][512];
static long open_close_errors[THREADS];
static void open_write_close(int t, void *arg) {
  (void)arg;
  for (int i = 0; i < LIST_ROUNDS; i++) {
    FILE *f = fopen(list_paths[t], "a");
    if (!f || fprintf(f, "%03d\n", i) != 4 || fflush(NULL) != 0 || fclose(f) != 0)
      open_close_errors[t]++;
  }
}

static void test_open_close_flush_all(void **state) {
  (void)state;
  for (int t = 0; t < THREADS; t++) {
    char name[32];
    snprintf(name, sizeof name, "mt_list_%d", t);
    snprintf(list_paths[t], sizeof list_paths[t], "%s", oracle_make_file(name, "", 0));
  }
  oracle_threads(THREADS, open_write_close, NULL);
  static char text[LIST_ROUNDS * 4 + 1], want[LIST_ROUNDS * 4 + 1];
  for (int i = 0; i < LIST_ROUNDS; i++)
    snprintf(want + 4 * i, 5, "%03d\n", i);
  for (int t = 0; t < THREADS; t++) {
    assert_int_equal(open_close_errors[t], 0);
    assert_int_equal(oracle_read_file(list_paths[t], text, sizeof text), LIST_ROUNDS * 4);
    assert_memory_equal(text, want, LIST_ROUNDS * 4);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fprintf_whole_lines),
      cmocka_unit_test(test_fprintf_whole_lines_unbuffered),
      cmocka_unit_test(test_flockfile_groups_calls),
      cmocka_unit_test(test_ftrylockfile),
      cmocka_unit_test(test_unlocked_forms),
      cmocka_unit_test(test_open_close_flush_all),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
