/* strtok(3), strtok_r(3), strsep(3): splitting a string in place.
 *
 * Not obvious: strtok_r stores in *saveptr where the next call starts, and glibc
 * keeps exact habits that a caller may see: after the last token it points at the
 * string's final NUL (never past it), and when no token is left it is moved to the
 * NUL too. These do the same, so a saved pointer compares equal under either libc.
 */
#include <sysgate/string.h>

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict saveptr) {
  if (s == NULL)
    s = *saveptr;
  s += strspn(s, delim);
  if (*s == '\0') {
    *saveptr = s;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  if (*end == '\0') {
    *saveptr = end;
  } else {
    *end = '\0';
    *saveptr = end + 1;
  }
  return s;
}

char *strtok(char *restrict s, const char *restrict delim) {
  static char *next;
  return strtok_r(s, delim, &next);
}

char *strsep(char **restrict stringp, const char *restrict delim) {
  char *token = *stringp;
  if (token == NULL)
    return NULL;
  char *end = token + strcspn(token, delim);
  if (*end == '\0') {
    *stringp = NULL;
  } else {
    *end = '\0';
    *stringp = end + 1;
  }
  return token;
}
