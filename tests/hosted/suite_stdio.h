/* The stdio suites' machinery (test_stdio*.c): both sides' function tables, the
 * transcripts a sequence of operations writes, and the runner of those sequences.
 * Include after "suite.h", where ORACLE_STDIO_TABLE has made sysgate_stdio.
 *
 * Not obvious: the two sides' function tables come from one macro (oracle_stdio.h), so
 * a sequence runs the same calls on both, and a transcript of one is compared with the
 * other's.
 */
#ifndef SYSGATE_TEST_SUITE_STDIO_H
#define SYSGATE_TEST_SUITE_STDIO_H

char **environ;
static const struct stdio_fns *const sides[2] = {&oracle_stdio, &sysgate_stdio};

/* ---- transcripts ---- */

struct log {
  char text[1 << 16];
  size_t len;
};

static inline void note(struct log *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(l->text + l->len, sizeof l->text - l->len, fmt, ap);
  va_end(ap);
  assert_true(n >= 0 && (size_t)n < sizeof l->text - l->len);
  l->len += (size_t)n;
}

/* Appends s (n bytes) with unprintable bytes escaped. */
static inline void note_bytes(struct log *l, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 32 && c < 127 && c != '\\')
      note(l, "%c", c);
    else
      note(l, "\\%03o", c);
  }
}

static inline void compare_logs(const struct log *g, const struct log *s, const char *what) {
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
__attribute__((unused)) static char big[BIG + 1];

/* Runs ops on f, noting each result, errno after a failure, feof and ferror. */
static inline void run_ops(const struct stdio_fns *F, void *f, const struct op *ops,
                           struct log *l) {
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

/* The group setup: sysgate's environ is glibc's, and big holds its letters. */
static inline int stdio_setup(void **state) {
  (void)state;
  environ = oracle_environ();
  for (int i = 0; i < BIG; i++)
    big[i] = (char)('a' + i % 26);
  return 0;
}
#endif
