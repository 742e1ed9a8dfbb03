/* ctype(3): the real functions behind sysgate/ctype.h's macros: isalnum ... isxdigit,
 * isascii, isblank, tolower, toupper and toascii, each the header's inline body.
 *
 * Not obvious: the name in parentheses, (isalpha), is not followed by "(" as far as
 * the preprocessor is concerned, so the function-like macro of the same name does
 * not expand there (C11 7.1.4p1): each definition below names the function itself.
 * A program reaches these through &isalpha or (isalpha)(c).
 */
#include <sysgate/ctype.h>

int(isalnum)(int c) {
  return sysgate_ctype_isalnum(c);
}

int(isalpha)(int c) {
  return sysgate_ctype_isalpha(c);
}

int(isascii)(int c) {
  return sysgate_ctype_isascii(c);
}

int(isblank)(int c) {
  return sysgate_ctype_isblank(c);
}

int(iscntrl)(int c) {
  return sysgate_ctype_iscntrl(c);
}

int(isdigit)(int c) {
  return sysgate_ctype_isdigit(c);
}

int(isgraph)(int c) {
  return sysgate_ctype_isgraph(c);
}

int(islower)(int c) {
  return sysgate_ctype_islower(c);
}

int(isprint)(int c) {
  return sysgate_ctype_isprint(c);
}

int(ispunct)(int c) {
  return sysgate_ctype_ispunct(c);
}

int(isspace)(int c) {
  return sysgate_ctype_isspace(c);
}

int(isupper)(int c) {
  return sysgate_ctype_isupper(c);
}

int(isxdigit)(int c) {
  return sysgate_ctype_isxdigit(c);
}

int(toascii)(int c) {
  return sysgate_ctype_toascii(c);
}

int(tolower)(int c) {
  return sysgate_ctype_tolower(c);
}

int(toupper)(int c) {
  return sysgate_ctype_toupper(c);
}
