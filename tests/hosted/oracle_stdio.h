/* Both sides of test_stdio*.c: a table of stdio functions with the stream as void *,
 * filled once with glibc's (oracle_stdio.c, which includes glibc's <stdio.h>) and once
 * with sysgate's (test_stdio*.c, which includes sysgate's), from the one macro below.
 *
 * Not obvious: the wrappers are written once, here, as macro text; each file expands
 * it where its own FILE and its own fopen, fputs... are declared, so the same words
 * call glibc's functions in one file and sysgate's in the other. Calling the functions
 * through casted pointers instead would be a call through the wrong type, which
 * UBSan's -fsanitize=function reports.
 */
#ifndef SYSGATE_TEST_ORACLE_STDIO_H
#define SYSGATE_TEST_ORACLE_STDIO_H

#include <stddef.h>

struct stdio_fns {
  const char *name;
  void *(*fopen)(const char *, const char *);
  void *(*fdopen)(int, const char *);
  void *(*freopen)(const char *, const char *, void *);
  int (*fclose)(void *);
  int (*fflush)(void *);
  int (*fileno)(void *);
  size_t (*fread)(void *, size_t, size_t, void *);
  size_t (*fwrite)(const void *, size_t, size_t, void *);
  int (*fgetc)(void *);
  int (*ungetc)(int, void *);
  char *(*fgets)(char *, int, void *);
  long (*getdelim)(char **, size_t *, int, void *);
  int (*fputc)(int, void *);
  int (*fputs)(const char *, void *);
  int (*fprintf_sd)(void *, const char *, int); /* fprintf(f, "%s=%d\n", s, d) */
  int (*feof)(void *);
  int (*ferror)(void *);
  void (*clearerr)(void *);
  int (*fseeko)(void *, long long, int);
  long long (*ftello)(void *);
  void (*rewind)(void *);
  int (*setvbuf)(void *, char *, int, size_t);
  void *(*tmpfile)(void);
  void *(*popen)(const char *, const char *);
  int (*pclose)(void *);
  size_t (*fpending)(void *);
  int (*freading)(void *);
  int (*fwriting)(void *);
  int (*flbf)(void *);
  int (*remove)(const char *);
  int (*get_errno)(void); /* each side's own errno */
  void (*set_errno)(int);
  void (*free)(void *);    /* for getline's line: each side's own allocator */
  int iofbf, iolbf, ionbf; /* the setvbuf modes' values */
};

/* Expands to `const struct stdio_fns name` built from the FILE functions in scope. */
#define ORACLE_STDIO_TABLE(table, label)                                                           \
  static void *w_fopen(const char *p, const char *m) {                                             \
    return fopen(p, m);                                                                            \
  }                                                                                                \
  static void *w_fdopen(int fd, const char *m) {                                                   \
    return fdopen(fd, m);                                                                          \
  }                                                                                                \
  static void *w_freopen(const char *p, const char *m, void *f) {                                  \
    return freopen(p, m, f);                                                                       \
  }                                                                                                \
  static int w_fclose(void *f) {                                                                   \
    return fclose(f);                                                                              \
  }                                                                                                \
  static int w_fflush(void *f) {                                                                   \
    return fflush(f);                                                                              \
  }                                                                                                \
  static int w_fileno(void *f) {                                                                   \
    return fileno(f);                                                                              \
  }                                                                                                \
  static size_t w_fread(void *p, size_t s, size_t n, void *f) {                                    \
    return fread(p, s, n, f);                                                                      \
  }                                                                                                \
  static size_t w_fwrite(const void *p, size_t s, size_t n, void *f) {                             \
    return fwrite(p, s, n, f);                                                                     \
  }                                                                                                \
  static int w_fgetc(void *f) {                                                                    \
    return fgetc(f);                                                                               \
  }                                                                                                \
  static int w_ungetc(int c, void *f) {                                                            \
    return ungetc(c, f);                                                                           \
  }                                                                                                \
  static char *w_fgets(char *s, int n, void *f) {                                                  \
    return fgets(s, n, f);                                                                         \
  }                                                                                                \
  static long w_getdelim(char **l, size_t *n, int d, void *f) {                                    \
    return getdelim(l, n, d, f);                                                                   \
  }                                                                                                \
  static int w_fputc(int c, void *f) {                                                             \
    return fputc(c, f);                                                                            \
  }                                                                                                \
  static int w_fputs(const char *s, void *f) {                                                     \
    return fputs(s, f);                                                                            \
  }                                                                                                \
  static int w_fprintf_sd(void *f, const char *s, int d) {                                         \
    return fprintf(f, "%s=%d\n", s, d);                                                            \
  }                                                                                                \
  static int w_feof(void *f) {                                                                     \
    return feof(f);                                                                                \
  }                                                                                                \
  static int w_ferror(void *f) {                                                                   \
    return ferror(f);                                                                              \
  }                                                                                                \
  static void w_clearerr(void *f) {                                                                \
    clearerr(f);                                                                                   \
  }                                                                                                \
  static int w_fseeko(void *f, long long o, int w) {                                               \
    return fseeko(f, o, w);                                                                        \
  }                                                                                                \
  static long long w_ftello(void *f) {                                                             \
    return ftello(f);                                                                              \
  }                                                                                                \
  static void w_rewind(void *f) {                                                                  \
    rewind(f);                                                                                     \
  }                                                                                                \
  static int w_setvbuf(void *f, char *b, int m, size_t s) {                                        \
    return setvbuf(f, b, m, s);                                                                    \
  }                                                                                                \
  static void *w_tmpfile(void) {                                                                   \
    return tmpfile();                                                                              \
  }                                                                                                \
  static void *w_popen(const char *c, const char *m) {                                             \
    return popen(c, m);                                                                            \
  }                                                                                                \
  static int w_pclose(void *f) {                                                                   \
    return pclose(f);                                                                              \
  }                                                                                                \
  static size_t w_fpending(void *f) {                                                              \
    return __fpending(f);                                                                          \
  }                                                                                                \
  static int w_freading(void *f) {                                                                 \
    return __freading(f);                                                                          \
  }                                                                                                \
  static int w_fwriting(void *f) {                                                                 \
    return __fwriting(f);                                                                          \
  }                                                                                                \
  static int w_flbf(void *f) {                                                                     \
    return __flbf(f);                                                                              \
  }                                                                                                \
  static int w_remove(const char *p) {                                                             \
    return remove(p);                                                                              \
  }                                                                                                \
  static int w_get_errno(void) {                                                                   \
    return errno;                                                                                  \
  }                                                                                                \
  static void w_set_errno(int e) {                                                                 \
    errno = e;                                                                                     \
  }                                                                                                \
  static void w_free(void *p) {                                                                    \
    free(p);                                                                                       \
  }                                                                                                \
  const struct stdio_fns table = {label,        w_fopen,     w_fdopen,    w_freopen,  w_fclose,    \
                                  w_fflush,     w_fileno,    w_fread,     w_fwrite,   w_fgetc,     \
                                  w_ungetc,     w_fgets,     w_getdelim,  w_fputc,    w_fputs,     \
                                  w_fprintf_sd, w_feof,      w_ferror,    w_clearerr, w_fseeko,    \
                                  w_ftello,     w_rewind,    w_setvbuf,   w_tmpfile,  w_popen,     \
                                  w_pclose,     w_fpending,  w_freading,  w_fwriting, w_flbf,      \
                                  w_remove,     w_get_errno, w_set_errno, w_free,     _IOFBF,      \
                                  _IOLBF,       _IONBF}

/* glibc's side (oracle_stdio.c). */
extern const struct stdio_fns oracle_stdio;

#endif
