/* FILE streams (sysgate/stdio.h) against glibc's, on the same operation sequences
 * over real files, pipes and sockets: every return value, errno on failure, feof and
 * ferror after each step, ftell where asked, <stdio_ext.h>'s view of the buffer, and
 * the file's bytes at the end; getline on long lines; random sequences. Buffering,
 * fopen modes, popen and the rest are test_stdio_files.c's; the runner both share is
 * suite_stdio.h.
 *
 * Not obvious: the two sides' function tables come from one macro (oracle_stdio.h), so
 * a sequence runs the same calls on both, and a transcript of one is compared with the
 * other's.
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

/* A sequence on a file opened with mode, which starts as `initial` (NULL: absent):
 * both transcripts and both files' bytes must be equal. */
static void differential(const char *mode, const char *initial, const struct op *ops) {
  static struct log logs[2];
  char contents[2][BIG * 3];
  long size[2];
  for (int side = 0; side < 2; side++) {
    const struct stdio_fns *F = sides[side];
    struct log *l = &logs[side];
    l->len = 0;
    l->text[0] = '\0';
    char path[512];
    snprintf(path, sizeof path, "%s/seq_%s", oracle_tmpdir(), F->name);
    F->remove(path);
    if (initial)
      oracle_make_file(strrchr(path, '/') + 1, initial, strlen(initial));
    void *f = F->fopen(path, mode);
    note(l, "fopen %s: %s\n", mode, f ? "ok" : "NULL");
    if (f) {
      run_ops(F, f, ops, l);
      note(l, "fclose %d\n", F->fclose(f));
    }
    size[side] = oracle_read_file(path, contents[side], sizeof contents[side]);
  }
  char what[64];
  snprintf(what, sizeof what, "mode %s", mode);
  compare_logs(&logs[0], &logs[1], what);
  assert_int_equal(size[0], size[1]);
  assert_memory_equal(contents[0], contents[1], (size_t)size[0]);
}

static void read_and_write_sequences(void **state) {
  (void)state;
  /* Writing, reading back, ungetc, EOF that sticks until clearerr. */
  static const struct op rw[] = {{'w', "hello\nworld\n", 0},
                                 {'t', 0, 0},
                                 {'x', 0, 0},
                                 {'R', 0, 0},
                                 {'l', 0, 100},
                                 {'g', 0, 0},
                                 {'u', 0, 'X'},
                                 {'t', 0, 0},
                                 {'g', 0, 0},
                                 {'u', 0, 'o'},
                                 {'u', 0, 'Y'},
                                 {'t', 0, 0},
                                 {'r', 0, 3},
                                 {'x', 0, 0},
                                 {'r', 0, 100},
                                 {'g', 0, 0},
                                 {'t', 0, 0},
                                 {'C', 0, 0},
                                 {'g', 0, 0},
                                 {'w', "more", 0},
                                 {'t', 0, 0},
                                 {'P', "key", 42},
                                 {'t', 0, 0},
                                 {'s', 0, 2},
                                 {'r', 0, 5},
                                 {'S', 0, -3},
                                 {'r', 0, 4},
                                 {'e', 0, -2},
                                 {'t', 0, 0},
                                 {'r', 0, 10},
                                 {'s', 0, 100},
                                 {'w', "after a hole", 0},
                                 {'t', 0, 0},
                                 {'s', 0, -1},
                                 {'t', 0, 0},
                                 {0, 0, 0}};
  differential("w+", NULL, rw);
  /* A read-only stream refuses writes (EBADF, error flag), a write-only one reads. */
  static const struct op ro[] = {{'g', 0, 0}, {'c', 0, 'z'}, {'p', "no", 0}, {'P', "no", 1},
                                 {'C', 0, 0}, {'r', 0, 50},  {'g', 0, 0},    {'x', 0, 0},
                                 {'t', 0, 0}, {0, 0, 0}};
  differential("r", "abc\ndef\n", ro);
  static const struct op wo[] = {{'p', "out", 0}, {'g', 0, 0}, {'x', 0, 0}, {'l', 0, 10},
                                 {'f', 0, 0},     {'t', 0, 0}, {0, 0, 0}};
  differential("w", "old contents", wo);
  /* Append: "a" starts at the end, "a+" reads from the start and writes at the end. */
  static const struct op ap[] = {{'t', 0, 0}, {'p', "tail\n", 0}, {'t', 0, 0}, {'x', 0, 0},
                                 {'f', 0, 0}, {'t', 0, 0},        {0, 0, 0}};
  differential("a", "base\n", ap);
  static const struct op ap2[] = {{'t', 0, 0}, {'l', 0, 100}, {'p', "tail\n", 0}, {'t', 0, 0},
                                  {'R', 0, 0}, {'r', 0, 100}, {'t', 0, 0},        {0, 0, 0}};
  differential("a+", "base\nline2\n", ap2);
  /* "r+": writing right after reading goes where the reading stopped (glibc). */
  static const struct op rp[] = {{'r', 0, 3}, {'p', "XY", 0}, {'t', 0, 0}, {'f', 0, 0},
                                 {'R', 0, 0}, {'r', 0, 100},  {'s', 0, 1}, {'c', 0, '#'},
                                 {'g', 0, 0}, {'t', 0, 0},    {'R', 0, 0}, {'L', 0, 0},
                                 {0, 0, 0}};
  differential("r+", "0123456789\nabc\n", rp);
  /* Big transfers: straight to and from the descriptor past a buffer's worth. */
  static const struct op bg[] = {{'w', 0, 5000}, {'w', 0, BIG}, {'t', 0, 0},    {'R', 0, 0},
                                 {'r', 0, 7},    {'r', 0, BIG}, {'r', 0, 4096}, {'t', 0, 0},
                                 {'r', 0, BIG},  {'g', 0, 0},   {0, 0, 0}};
  differential("w+", NULL, bg);
  /* Buffering changed midway, line-buffered and unbuffered writes. */
  static const struct op vb[] = {{'v', 0, 1},   {'p', "a\nb", 0}, {'x', 0, 0},  {'v', 0, 2},
                                 {'p', "c", 0}, {'x', 0, 0},      {'v', 0, 0},  {'p', "d\n", 0},
                                 {'x', 0, 0},   {'R', 0, 0},      {'r', 0, 20}, {0, 0, 0}};
  differential("w+", NULL, vb);
}

/* getline and getdelim on lines of every awkward length, the last without '\n'. */
static void getline_long_lines(void **state) {
  (void)state;
  static const size_t lens[] = {0, 1, 118, 119, 120, 121, 239, 240, 4095, 4096, 5000, 9999, 3};
  char *text = malloc(40000);
  size_t at = 0;
  for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    memcpy(text + at, big, lens[i]);
    at += lens[i];
    if (i + 1 < sizeof lens / sizeof lens[0])
      text[at++] = '\n';
  }
  text[at] = '\0';
  static const struct op gl[] = {
      {'L', 0, 0},  {'L', 0, 0}, {'L', 0, 0}, {'L', 0, 0}, {'L', 0, 0},   {'L', 0, 0},
      {'L', 0, 0},  {'L', 0, 0}, {'L', 0, 0}, {'L', 0, 0}, {'L', 0, 0},   {'L', 0, 0},
      {'L', 0, 0},  {'L', 0, 0}, {'C', 0, 0}, {'R', 0, 0}, {'D', 0, 'e'}, {'D', 0, '\n'},
      {'l', 0, 50}, {'l', 0, 1}, {'l', 0, 2}, {'t', 0, 0}, {0, 0, 0}};
  differential("r", text, gl);
  free(text);
}

/* Random sequences of every operation, on every mode, kept to what C defines: a seek
 * between output and input (glibc's ungetc right after output drops the output, a bug
 * its libio/genops.c calls FIXME), ungetc only after a byte was read (at position 0 the
 * position is indeterminate), setvbuf only first, fflush only after output, and no
 * SEEK_CUR after an ungetc until an absolute seek (glibc's fflush after ungetc, and
 * its SEEK_CUR there once the stream has seeked before, go to a wrong place: a probe
 * of rewind, fgetc, fgetc, ungetc of another byte, fseek(f, 0, SEEK_CUR) lands at 23
 * instead of 3 on glibc 2.36). The bytes waiting in the buffer are not compared here:
 * after reading, glibc starts writing at the read position inside its buffer, so its
 * first flush comes that many bytes early; sysgate starts at the buffer's start. */
static unsigned below(unsigned n) {
  return (unsigned)(next_random() % n);
}

static void random_sequences(void **state) {
  (void)state;
  static const char *const modes[] = {"r+", "w+", "a+", "r", "w", "a"};
  static const char *const words[] = {"x", "hello\n", "a\nb", "", "long line of text\n"};
  static const struct op kinds[] = {
      {'w', 0, 0}, {'p', 0, 0},   {'c', 0, 'k'}, {'c', 0, '\n'}, {'P', "v", 5}, {'g', 0, 0},
      {'g', 0, 0}, {'G', 0, 'Z'}, {'G', 0, 'e'}, {'r', 0, 0},    {'l', 0, 0},   {'L', 0, 0},
      {'s', 0, 0}, {'S', 0, 0},   {'e', 0, 0},   {'t', 0, 0},    {'f', 0, 0},   {'R', 0, 0},
      {'C', 0, 0}, {'X', 0, 0},   {'v', 0, 0}};
  int rounds = oracle_under_valgrind() ? 40 : 600;
  for (int round = 0; round < rounds; round++) {
    struct op ops[50];
    size_t n = 1 + below(24);
    char last = 0; /* 'i' after input, 'o' after output: C11 7.21.5.3p7 wants a seek between */
    int ungot = 0; /* an ungetc since the last absolute seek */
    for (size_t i = 0; i < n; i++) {
      ops[i] = kinds[below(sizeof kinds / sizeof kinds[0])];
      char kind = strchr("gGrlL", ops[i].op) ? 'i' : strchr("wpcP", ops[i].op) ? 'o' : 0;
      if (ops[i].op == 'v' && i > 0) /* setvbuf: before any other operation */
        ops[i].op = 't';
      if (ops[i].op == 'f' && last == 'i') /* fflush of input: undefined in C */
        ops[i].op = 't';
      if (ops[i].op == 'G')
        ungot = 1;
      else if (strchr("seR", ops[i].op))
        ungot = 0;
      int after_unget = ungot && ops[i].op != 'G';
      if (kind && last && kind != last) { /* a positioning call first, as C asks */
        ops[i + 1] = ops[i];
        ops[i] = (struct op){after_unget ? 's' : 'S', 0, after_unget ? (long)below(40) : 0};
        i++;
        n++;
      } else if (ops[i].op == 'S' && after_unget) {
        ops[i].op = 's'; /* glibc 2.36: SEEK_CUR after an ungetc may land elsewhere */
        ops[i].n = (long)below(40);
      }
      if (kind)
        last = kind;
      else if (strchr("sSeRf", ops[i].op))
        last = 0;
      switch (ops[i].op) {
      case 'w':
        ops[i].s = below(4) ? words[below(5)] : NULL;
        ops[i].n = (long)below(6000);
        break;
      case 'p':
        ops[i].s = words[below(5)];
        break;
      case 'r':
        ops[i].n = (long)below(5000);
        break;
      case 'l':
        ops[i].n = (long)below(40);
        break;
      case 's':
        ops[i].n = (long)below(50);
        break;
      case 'S':
      case 'e':
        ops[i].n = (long)below(20) - 10;
        break;
      case 'v':
        ops[i].n = (long)below(3);
        break;
      }
    }
    ops[n].op = 0;
    differential(modes[below(6)], below(4) ? "first line\nsecond line\nthird\n" : "", ops);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(read_and_write_sequences),
      cmocka_unit_test(getline_long_lines),
      cmocka_unit_test(random_sequences),
  };
  return cmocka_run_group_tests(tests, stdio_setup, suite_teardown);
}
