/* The scanf family's floating conversions e f g a E F G A: the bytes of a number
 * collected as glibc's vfscanf collects them, then converted by strtof, strtod or
 * strtold.
 *
 * Not obvious: the collecting is greedy and has one byte of lookahead, so it may
 * take bytes that the number then does not use: "1e+" is read whole and gives 1
 * (strtod stops at the 'e'), and "-" or "0x" with nothing after them are matching
 * failures with the bytes gone, as on glibc. "inf", "infinity" and "nan" are read
 * without regard to case; "nan(...)" is read as "nan" (glibc does the same).
 */
#include <sysgate/malloc.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

#include "scanf_source.h"

/* Every byte is kept, however long the number (a decimal number may need thousands
 * of digits to round right): in buf, then in malloc'd memory when it outgrows it. */
struct collect {
  struct sysgate_scanf_source *src;
  int width; /* bytes left, < 0: no limit */
  int c;     /* the byte in hand, -1 at the end */
  char *text;
  size_t n, capacity;
  int failed; /* out of memory */
  char size;  /* 'l' double, 'L' long double, else float */
  void *dest; /* NULL: read, do not store */
  char buf[64];
};

static void keep(struct collect *k, int c) {
  if (k->n + 1 >= k->capacity) {
    size_t bigger = k->capacity * 2;
    char *p = k->text == k->buf ? malloc(bigger) : realloc(k->text, bigger);
    if (p == NULL) {
      k->failed = 1;
      return;
    }
    if (k->text == k->buf)
      memcpy(p, k->buf, k->n);
    k->text = p;
    k->capacity = bigger;
  }
  k->text[k->n++] = (char)c;
}

/* Takes the byte in hand and reads the next one, if the width allows. */
static void advance(struct collect *k) {
  if (k->width > 0)
    k->width--;
  k->c = k->width != 0 ? sysgate_scanf_get(k->src) : -1;
}

static int lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The rest of a word ("nf", "an", "inity") in hand, each byte kept; 0 if one differs. */
static int word(struct collect *k, const char *rest) {
  for (; *rest; rest++) {
    if (lower(k->c) != *rest)
      return 0;
    keep(k, k->c);
    advance(k);
  }
  return 1;
}

/* The number at the source, converted and stored: see sysgate_scanf_float. */
static int collect(struct collect *k) {
  k->c = sysgate_scanf_get(k->src);
  if (k->c < 0)
    return -1;
  if (k->c == '+' || k->c == '-') {
    keep(k, k->c);
    advance(k);
    if (k->c < 0)
      return 0;
  }
  if (lower(k->c) == 'n') {
    if (!word(k, "nan"))
      return 0;
  } else if (lower(k->c) == 'i') {
    if (!word(k, "inf"))
      return 0;
    if (lower(k->c) == 'i' && !word(k, "inity"))
      return 0;
  } else {
    int hex = 0, got_digit = 0, got_dot = 0, got_exp = 0;
    if (k->c == '0') {
      keep(k, '0');
      advance(k);
      got_digit = 1;
      if (lower(k->c) == 'x' && k->width != 0) {
        keep(k, k->c);
        advance(k);
        hex = 1;
        got_digit = 0;
      }
    }
    char exp_char = hex ? 'p' : 'e';
    while (k->c >= 0) {
      int c = k->c, l = lower(c);
      int digit = (c >= '0' && c <= '9') || (hex && !got_exp && l >= 'a' && l <= 'f');
      if (digit) {
        keep(k, c);
        got_digit = 1;
      } else if (got_exp && (c == '+' || c == '-') && k->n > 0 &&
                 lower(k->text[k->n - 1]) == exp_char) {
        keep(k, c);
      } else if (got_digit && !got_exp && l == exp_char) {
        keep(k, c);
        got_exp = got_dot = 1;
      } else if (!got_dot && c == '.') {
        keep(k, c);
        got_dot = 1;
      } else {
        break;
      }
      advance(k);
    }
    size_t sign = k->text[0] == '+' || k->text[0] == '-';
    if (hex && k->n == sign + 2) { /* "0x" and nothing more is not a number to glibc */
      sysgate_scanf_unget(k->src, k->c);
      return 0;
    }
  }
  sysgate_scanf_unget(k->src, k->c);
  if (k->failed || k->n == 0 || (k->n == 1 && (k->text[0] == '+' || k->text[0] == '-')))
    return 0;
  k->text[k->n] = '\0';
  char *end;
  long double ld = 0;
  double d = 0;
  float f = 0;
  if (k->size == 'L')
    ld = strtold(k->text, &end);
  else if (k->size == 'l')
    d = strtod(k->text, &end);
  else
    f = strtof(k->text, &end);
  if (end == k->text)
    return 0;
  if (k->dest != NULL) {
    if (k->size == 'L')
      *(long double *)k->dest = ld;
    else if (k->size == 'l')
      *(double *)k->dest = d;
    else
      *(float *)k->dest = f;
  }
  return 1;
}

int sysgate_scanf_float(struct sysgate_scanf_source *src, int width, char size, void *dest) {
  struct collect k = {.src = src, .width = width, .size = size, .dest = dest};
  k.text = k.buf;
  k.capacity = sizeof k.buf;
  int r = collect(&k);
  if (k.text != k.buf)
    free(k.text);
  return r;
}
