/* glibc's string, ctype and qsort_r functions by address, for the suites of the C
 * library layer (oracle_libc.h). This file includes glibc's headers and never
 * sysgate's.
 *
 * Not obvious: `isalpha` without parentheses is not glibc's function-like macro,
 * so &isalpha here is the address of glibc's real function, which reads the same
 * C-locale table the macro does (no program here calls setlocale).
 */
#define _GNU_SOURCE
#include "oracle_libc.h"

#include <ctype.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ORACLE_CTYPE_ROW(name) {#name, name},
const struct oracle_ctype_fn oracle_ctype_fns[] = {ORACLE_CTYPE_FUNCTIONS(ORACLE_CTYPE_ROW){0, 0}};

const struct oracle_string_fns oracle_string = {
    .qsort_r = qsort_r,
    ORACLE_STRING_FUNCTIONS(ORACLE_STRING_INIT) // .strnlen = strnlen, ...
};

int oracle_sigrtmin(void) {
  return SIGRTMIN;
}

int oracle_sigrtmax(void) {
  return SIGRTMAX;
}

/* glibc's own from 2.38 (found in the running libc), else libbsd's: OpenBSD's code,
 * whose results glibc 2.38 adopted. */
int oracle_strl(struct oracle_strl *out) {
  void *lib = RTLD_DEFAULT;
  if (dlsym(lib, "strlcpy") == NULL)
    lib = dlopen("libbsd.so.0", RTLD_NOW | RTLD_LOCAL);
  if (lib == NULL)
    return -1;
  out->strlcpy = (size_t(*)(char *, const char *, size_t))dlsym(lib, "strlcpy");
  out->strlcat = (size_t(*)(char *, const char *, size_t))dlsym(lib, "strlcat");
  out->from = lib == RTLD_DEFAULT ? "glibc" : "libbsd";
  return out->strlcpy && out->strlcat ? 0 : -1;
}
