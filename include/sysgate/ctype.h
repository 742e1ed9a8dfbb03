/* sysgate/ctype.h: isalnum(3) ... isxdigit(3), isascii(3), isblank(3), tolower(3),
 * toupper(3), toascii(3) for the C locale, the only locale sysgate has.
 *
 * Not obvious: the argument is an int holding EOF or an unsigned char's value (C11 7.4p1), so each
 * test is written on (unsigned)c: EOF (-1) and anything outside 0..127 wraps to a large value and
 * falls outside every range, which is what glibc's C-locale table answers too, for 128..255 and for
 * EOF. (the rest: docs/libc.md)
 */
#ifndef SYSGATE_CTYPE_H
#define SYSGATE_CTYPE_H

#include "base.h"

#define SG_CTYPE_RANGE(c, lo, n) ((unsigned)(c) - (unsigned)(lo) < (unsigned)(n))

int isdigit(int c) SG_SYMBOL(isdigit);
static inline int sysgate_ctype_isdigit(int c) {
  return SG_CTYPE_RANGE(c, '0', 10);
}

int isupper(int c) SG_SYMBOL(isupper);
static inline int sysgate_ctype_isupper(int c) {
  return SG_CTYPE_RANGE(c, 'A', 26);
}

int islower(int c) SG_SYMBOL(islower);
static inline int sysgate_ctype_islower(int c) {
  return SG_CTYPE_RANGE(c, 'a', 26);
}

/* ASCII puts each upper-case letter 32 below its lower-case one: setting bit 5
 * maps both cases onto the lower-case range, and nothing else into it. */
int isalpha(int c) SG_SYMBOL(isalpha);
static inline int sysgate_ctype_isalpha(int c) {
  return SG_CTYPE_RANGE((unsigned)c | 32, 'a', 26);
}

int isalnum(int c) SG_SYMBOL(isalnum);
static inline int sysgate_ctype_isalnum(int c) {
  return sysgate_ctype_isalpha(c) || sysgate_ctype_isdigit(c);
}

int isxdigit(int c) SG_SYMBOL(isxdigit);
static inline int sysgate_ctype_isxdigit(int c) {
  return sysgate_ctype_isdigit(c) || SG_CTYPE_RANGE((unsigned)c | 32, 'a', 6);
}

/* A digit's value in any base up to 36: 0..9 for '0'..'9', 10..35 for a letter of either
 * case, and 36, a digit of no base, for anything else; a parser takes c while this is below
 * its base (strtol, scanf, inet_aton ...). Not a C function: sysgate's own helper. */
static inline unsigned sysgate_ctype_digit_value(int c) {
  return sysgate_ctype_isdigit(c)   ? (unsigned)c - '0'
         : sysgate_ctype_isalpha(c) ? ((unsigned)c | 32) - 'a' + 10
                                    : 36;
}

/* ' ', '\t', '\n', '\v', '\f', '\r': the last five are 9..13. */
int isspace(int c) SG_SYMBOL(isspace);
static inline int sysgate_ctype_isspace(int c) {
  return c == ' ' || SG_CTYPE_RANGE(c, '\t', 5);
}

int isblank(int c) SG_SYMBOL(isblank);
static inline int sysgate_ctype_isblank(int c) {
  return c == ' ' || c == '\t';
}

int iscntrl(int c) SG_SYMBOL(iscntrl);
static inline int sysgate_ctype_iscntrl(int c) {
  return (unsigned)c < 32 || c == 127;
}

/* Printing characters: space through '~'; graphic ones are the same without space. */
int isprint(int c) SG_SYMBOL(isprint);
static inline int sysgate_ctype_isprint(int c) {
  return SG_CTYPE_RANGE(c, ' ', 95);
}

int isgraph(int c) SG_SYMBOL(isgraph);
static inline int sysgate_ctype_isgraph(int c) {
  return SG_CTYPE_RANGE(c, '!', 94);
}

int ispunct(int c) SG_SYMBOL(ispunct);
static inline int sysgate_ctype_ispunct(int c) {
  return sysgate_ctype_isgraph(c) && !sysgate_ctype_isalnum(c);
}

int isascii(int c) SG_SYMBOL(isascii);
static inline int sysgate_ctype_isascii(int c) {
  return (unsigned)c < 128;
}

/* The low seven bits: a value forced into ASCII (obsolete XSI, kept for old code). */
int toascii(int c) SG_SYMBOL(toascii);
static inline int sysgate_ctype_toascii(int c) {
  return c & 127;
}

/* Anything that is not a letter of the other case comes back unchanged, EOF too,
 * except -128..-2: a negative plain char passed by mistake comes back as its unsigned
 * byte, c + 256, as glibc's table gives it (tolower((char)0xe9) is 0xe9). */
int tolower(int c) SG_SYMBOL(tolower);
static inline int sysgate_ctype_tolower(int c) {
  return sysgate_ctype_isupper(c) ? c | 32 : SG_CTYPE_RANGE(c, -128, 127) ? c + 256 : c;
}

int toupper(int c) SG_SYMBOL(toupper);
static inline int sysgate_ctype_toupper(int c) {
  return sysgate_ctype_islower(c) ? c & ~32 : SG_CTYPE_RANGE(c, -128, 127) ? c + 256 : c;
}

/* The calls a program writes; (isalpha)(c) or &isalpha reach the function instead. */
#define isdigit(c) sysgate_ctype_isdigit(c)
#define isupper(c) sysgate_ctype_isupper(c)
#define islower(c) sysgate_ctype_islower(c)
#define isalpha(c) sysgate_ctype_isalpha(c)
#define isalnum(c) sysgate_ctype_isalnum(c)
#define isxdigit(c) sysgate_ctype_isxdigit(c)
#define isspace(c) sysgate_ctype_isspace(c)
#define isblank(c) sysgate_ctype_isblank(c)
#define iscntrl(c) sysgate_ctype_iscntrl(c)
#define isprint(c) sysgate_ctype_isprint(c)
#define isgraph(c) sysgate_ctype_isgraph(c)
#define ispunct(c) sysgate_ctype_ispunct(c)
#define isascii(c) sysgate_ctype_isascii(c)
#define toascii(c) sysgate_ctype_toascii(c)
#define tolower(c) sysgate_ctype_tolower(c)
#define toupper(c) sysgate_ctype_toupper(c)

#endif
