/* The glibc side of the C library layer's suites (test_string*.c, test_strings.c, test_ctype.c,
 * test_stdlib_strtol.c, test_stdlib_qsort.c): glibc's own string, ctype, strto*, qsort and bsearch
 * functions, by address, and its <inttypes.h> format strings, built in
 * oracle_libc_gnu.c and oracle_libc_std.c, which never include sysgate's headers.
 *
 * Not obvious: a test calls sysgate's function by its plain name (it links as
 * sysgate_<name>) and glibc's through these tables, with the same arguments. Two
 * files because glibc's declarations depend on feature macros: strcasestr, memrchr,
 * memmem and qsort_r need _GNU_SOURCE, while strtol must be compiled without it,
 * since glibc 2.38 and later redirect strtol under _GNU_SOURCE to the C23 version,
 * which also reads a "0b" prefix.
 */
#ifndef SYSGATE_TEST_ORACLE_LIBC_H
#define SYSGATE_TEST_ORACLE_LIBC_H

#include <stddef.h>

/* The ctype functions, in one order for both sides. */
#define ORACLE_CTYPE_FUNCTIONS(F)                                                                  \
  F(isalnum)                                                                                       \
  F(isalpha)                                                                                       \
  F(isascii)                                                                                       \
  F(isblank)                                                                                       \
  F(iscntrl)                                                                                       \
  F(isdigit)                                                                                       \
  F(isgraph)                                                                                       \
  F(islower)                                                                                       \
  F(isprint)                                                                                       \
  F(ispunct)                                                                                       \
  F(isspace)                                                                                       \
  F(isupper)                                                                                       \
  F(isxdigit)                                                                                      \
  F(toascii)                                                                                       \
  F(tolower)                                                                                       \
  F(toupper)

struct oracle_ctype_fn {
  const char *name;
  int (*fn)(int);
};
/* glibc's functions (not its macros) in ORACLE_CTYPE_FUNCTIONS order; NULL name ends it. */
extern const struct oracle_ctype_fn oracle_ctype_fns[];

/* The functions both sides fill struct oracle_string_fns with, by name (qsort_r is the
 * glibc side's only). */
/* clang-format off */
#define ORACLE_STRING_FUNCTIONS(F) \
  F(strnlen) F(memchr) F(memrchr) F(strstr) F(strcasestr) F(memmem) F(strspn) F(strcspn) \
  F(strpbrk) F(strtok) F(strtok_r) F(strsep) F(strcasecmp) F(strncasecmp) F(stpcpy) \
  F(stpncpy) F(strncat) F(strcoll) F(strxfrm) F(strsignal) F(strdup) F(strndup) F(index) \
  F(rindex) F(bzero) F(bcmp) F(ffs) F(ffsl) F(ffsll) F(free)
/* clang-format on */
#define ORACLE_STRING_INIT(name) .name = name,

/* glibc's string functions (oracle_libc_gnu.c). */
struct oracle_string_fns {
  size_t (*strnlen)(const char *, size_t);
  void *(*memchr)(const void *, int, size_t);
  void *(*memrchr)(const void *, int, size_t);
  char *(*strstr)(const char *, const char *);
  char *(*strcasestr)(const char *, const char *);
  void *(*memmem)(const void *, size_t, const void *, size_t);
  size_t (*strspn)(const char *, const char *);
  size_t (*strcspn)(const char *, const char *);
  char *(*strpbrk)(const char *, const char *);
  char *(*strtok)(char *, const char *);
  char *(*strtok_r)(char *, const char *, char **);
  char *(*strsep)(char **, const char *);
  int (*strcasecmp)(const char *, const char *);
  int (*strncasecmp)(const char *, const char *, size_t);
  char *(*stpcpy)(char *, const char *);
  char *(*stpncpy)(char *, const char *, size_t);
  char *(*strncat)(char *, const char *, size_t);
  int (*strcoll)(const char *, const char *);
  size_t (*strxfrm)(char *, const char *, size_t);
  char *(*strsignal)(int);
  char *(*strdup)(const char *);
  char *(*strndup)(const char *, size_t);
  char *(*index)(const char *, int);
  char *(*rindex)(const char *, int);
  void (*bzero)(void *, size_t);
  int (*bcmp)(const void *, const void *, size_t);
  int (*ffs)(int);
  int (*ffsl)(long);
  int (*ffsll)(long long);
  void (*free)(void *);
  void (*qsort_r)(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);
};
extern const struct oracle_string_fns oracle_string;

/* strlcpy and strlcat with glibc 2.38's results, for a machine whose glibc is older
 * (Debian 12's is 2.36): glibc's when it has them, else libbsd.so.0's if installed.
 * 0 when found; -1 when neither is there. */
struct oracle_strl {
  size_t (*strlcpy)(char *, const char *, size_t);
  size_t (*strlcat)(char *, const char *, size_t);
  const char *from; /* "glibc" or "libbsd" */
};
int oracle_strl(struct oracle_strl *out);

/* glibc's SIGRTMIN, which is a function call there (34 with its threads library). */
int oracle_sigrtmin(void);
int oracle_sigrtmax(void);

/* glibc's numeric conversions and sorting (oracle_libc_std.c, no feature macros). */
struct oracle_stdlib_fns {
  long (*strtol)(const char *, char **, int);
  unsigned long (*strtoul)(const char *, char **, int);
  long long (*strtoll)(const char *, char **, int);
  unsigned long long (*strtoull)(const char *, char **, int);
  int (*atoi)(const char *);
  long (*atol)(const char *);
  long long (*atoll)(const char *);
  double (*strtod)(const char *, char **);
  float (*strtof)(const char *, char **);
  long double (*strtold)(const char *, char **);
  double (*atof)(const char *);
  void (*qsort)(void *, size_t, size_t, int (*)(const void *, const void *));
  void *(*bsearch)(const void *, const void *, size_t, size_t, int (*)(const void *, const void *));
};
extern const struct oracle_stdlib_fns oracle_stdlib;

/* glibc's strtoimax and strtoumax, whose types are not the table's on x86_64 (long
 * there): called here and widened. */
long long oracle_strtoimax(const char *s, char **end, int base);
unsigned long long oracle_strtoumax(const char *s, char **end, int base);

/* glibc's errno (sysgate's is another variable), to clear before a call and read after. */
void oracle_set_errno(int value);
int oracle_get_errno(void);

/* The <inttypes.h> format macros C11 7.8.1 names, for both sides to expand: F(name). */
#define ORACLE_FORMAT_SIZES(F, kind, c)                                                            \
  F(kind##c##8)                                                                                    \
  F(kind##c##16)                                                                                   \
  F(kind##c##32)                                                                                   \
  F(kind##c##64)                                                                                   \
  F(kind##c##LEAST8)                                                                               \
  F(kind##c##LEAST16)                                                                              \
  F(kind##c##LEAST32)                                                                              \
  F(kind##c##LEAST64)                                                                              \
  F(kind##c##FAST8)                                                                                \
  F(kind##c##FAST16)                                                                               \
  F(kind##c##FAST32)                                                                               \
  F(kind##c##FAST64)                                                                               \
  F(kind##c##MAX)                                                                                  \
  F(kind##c##PTR)
#define ORACLE_FORMAT_MACROS(F)                                                                    \
  ORACLE_FORMAT_SIZES(F, PRI, d)                                                                   \
  ORACLE_FORMAT_SIZES(F, PRI, i)                                                                   \
  ORACLE_FORMAT_SIZES(F, PRI, o)                                                                   \
  ORACLE_FORMAT_SIZES(F, PRI, u)                                                                   \
  ORACLE_FORMAT_SIZES(F, PRI, x)                                                                   \
  ORACLE_FORMAT_SIZES(F, PRI, X)                                                                   \
  ORACLE_FORMAT_SIZES(F, SCN, d)                                                                   \
  ORACLE_FORMAT_SIZES(F, SCN, i)                                                                   \
  ORACLE_FORMAT_SIZES(F, SCN, o)                                                                   \
  ORACLE_FORMAT_SIZES(F, SCN, u)                                                                   \
  ORACLE_FORMAT_SIZES(F, SCN, x)

struct oracle_format {
  const char *name, *value;
};
/* glibc's value of each ORACLE_FORMAT_MACROS name, in that order; NULL name ends it. */
extern const struct oracle_format oracle_formats[];

#endif
