/* FILE streams (sysgate/stdio.h) against glibc's, on the same operation sequences
 * over real files, pipes and sockets: every return value, errno on failure, feof and
 * ferror after each step, ftell where asked, <stdio_ext.h>'s view of the buffer, and
 * the file's bytes at the end; the write(2) calls each buffering mode makes; the open
 * flags of every fopen mode string; getline on long lines; popen and pclose.
 *
 * Not obvious: the write(2) calls are seen through a SOCK_SEQPACKET socket pair, which
 * keeps each write a message of its own: reading the messages back gives the exact
 * sizes of the writes a stream made, for glibc's stream and sysgate's in turn. The
 * two sides' function tables come from one macro (oracle_stdio.h), so a sequence runs
 * the same calls on both, and a transcript of one is compared with the other's.
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
static const struct stdio_fns *const sides[2] = {&oracle_stdio, &sysgate_stdio};

/* ---- transcripts ---- */

struct log {
  char text[1 << 16];
  size_t len;
};

static void note(struct log *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(l->text + l->len, sizeof l->text - l->len, fmt, ap);
  va_end(ap);
  assert_true(n >= 0 && (size_t)n < sizeof l->text - l->len);
  l->len += (size_t)n;
}

/* Appends s (n bytes) with unprintable bytes escaped. */
static void note_bytes(struct log *l, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 32 && c < 127 && c != '\\')
      note(l, "%c", c);
    else
      note(l, "\\%03o", c);
  }
}

static void compare_logs(const struct log *g, const struct log *s, const char *what) {
  if (g->len != s->len || memcmp(g->text, s->text, g->len) != 0) {
    print_message("%s: glibc and sysgate differ\n--- glibc\n%s\n--- sysgate\n%s\n", what, g->text,
                  s->text);
    fail();
  }
}

/* One step of a sequence; n is a count, a character, an offset or a mode index. */
struct op {
  char op;
  const char *s;
  long n;
};

enum { BIG = 10000 };
static char big[BIG + 1];

/* Runs ops on f, noting each result, errno after a failure, feof and ferror. */
static void run_ops(const struct stdio_fns *F, void *f, const struct op *ops, struct log *l) {
  char buf[BIG + 2];
  for (const struct op *o = ops; o->op; o++) {
    F->set_errno(0);
    long r = 0;
    int failed = 0;
    note(l, "%c%ld:", o->op, o->n);
    switch (o->op) {
    case 'w': { /* fwrite of s, or of n bytes of big */
      const char *p = o->s ? o->s : big;
      size_t n = o->s ? strlen(o->s) : (size_t)o->n;
      r = (long)F->fwrite(p, 1, n, f);
      failed = (size_t)r != n;
      break;
    }
    case 'p':
      note_bytes(l, o->s, strlen(o->s));
      r = F->fputs(o->s, f);
      failed = r == -1;
      break;
    case 'c':
      r = F->fputc((int)o->n, f);
      failed = r == -1;
      break;
    case 'P':
      r = F->fprintf_sd(f, o->s, (int)o->n);
      failed = r < 0;
      break;
    case 'g':
      r = F->fgetc(f);
      failed = r == -1;
      break;
    case 'u':
      r = F->ungetc((int)o->n, f);
      failed = r == -1;
      break;
    case 'G': /* fgetc, and ungetc of n when it read a byte: one pushback past position 0 */
      r = F->fgetc(f);
      if (r != -1)
        r = F->ungetc((int)o->n, f);
      break;
    case 'r':
      r = (long)F->fread(buf, 1, (size_t)o->n, f);
      note_bytes(l, buf, (size_t)r < 64 ? (size_t)r : 64);
      failed = r < o->n;
      break;
    case 'l': {
      char *got = F->fgets(buf, (int)o->n, f);
      failed = got == NULL;
      r = got ? (long)strlen(buf) : -1;
      if (got)
        note_bytes(l, buf, (size_t)r);
      break;
    }
    case 'L':
    case 'D': {
      char *line = NULL;
      size_t cap = 0;
      r = F->getdelim(&line, &cap, o->op == 'L' ? '\n' : (int)o->n, f);
      failed = r < 0;
      if (r > 0) {
        note_bytes(l, line, (size_t)r < 64 ? (size_t)r : 64);
        note(l, "(%zu bytes, NUL %d)", strlen(line), line[r] == '\0');
      }
      F->free(line);
      break;
    }
    case 's':
    case 'S':
    case 'e':
      r = F->fseeko(f, o->n, o->op == 's' ? SEEK_SET : o->op == 'S' ? SEEK_CUR : SEEK_END);
      failed = r != 0;
      break;
    case 't':
      r = (long)F->ftello(f);
      failed = r < 0;
      break;
    case 'f':
      r = F->fflush(f);
      failed = r != 0;
      break;
    case 'R':
      F->rewind(f);
      break;
    case 'C':
      F->clearerr(f);
      break;
    case 'x':
      note(l, "pending %zu ", F->fpending(f));
      /* fall through */
    case 'X': /* without the pending count (see random_sequences) */
      note(l, "reading %d writing %d lbf %d", F->freading(f) != 0, F->fwriting(f) != 0,
           F->flbf(f) != 0);
      break;
    case 'v': {
      int modes[3] = {F->iofbf, F->iolbf, F->ionbf};
      r = F->setvbuf(f, NULL, modes[o->n], 0);
      failed = r != 0;
      break;
    }
    default:
      fail_msg("unknown op %c", o->op);
    }
    note(l, " %ld", r);
    if (failed)
      note(l, " errno %d", F->get_errno());
    note(l, " eof %d err %d\n", F->feof(f) != 0, F->ferror(f) != 0);
  }
}

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

static int setup(void **state) {
  (void)state;
  environ = oracle_environ();
  for (int i = 0; i < BIG; i++)
    big[i] = (char)('a' + i % 26);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(read_and_write_sequences), cmocka_unit_test(getline_long_lines),
      cmocka_unit_test(random_sequences),         cmocka_unit_test(buffering_write_calls),
      cmocka_unit_test(fopen_mode_flags),         cmocka_unit_test(popen_pclose),
      cmocka_unit_test(tmpfile_remove_freopen),   cmocka_unit_test(flush_all_and_positions),
  };
  return cmocka_run_group_tests(tests, setup, suite_teardown);
}
