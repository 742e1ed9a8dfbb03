/* strftime(3) for the C locale, with glibc's extensions: the flags _ - 0 ^ # and a
 * field width after '%', the E and O modifiers (accepted where glibc accepts them,
 * with no effect in the C locale), and %C %e %G %g %k %l %P %s %V %z and the rest.
 *
 * Not obvious: the padding rules are glibc 2.36's (time/strftime_l.c) to the byte, odd corners
 * included. A number is first given its default digits (two for %d, zeros, or spaces for %e %k %l
 * and the '_' flag), a minus sign counting as a digit; only then is the width applied, to what is
 * left of it, padding with '0' under the '0' flag and spaces otherwise. %z emits its sign as a
 * field of its own, so "%_8z" pads twice. (the rest: docs/libc.md)
 */
#include <sysgate/string.h>

#include "tm.h"

static const char *const day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const month_names[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};

struct out {
  char *p;      /* where the next byte goes */
  size_t left;  /* room in the buffer from p, the NUL's byte included */
  size_t count; /* bytes produced */
};

/* One conversion's state: glibc's pad, width and case flags. */
struct spec {
  int width; /* -1: none */
  char pad;  /* 0, '_', '-', '0' */
  int upper, lower;
};

/* s[0..n) padded to the width (zeros under '0', else spaces), its case changed;
 * 0, or -1 when it does not fit. */
static int put(struct out *o, const struct spec *sp, const char *s, size_t n) {
  size_t w = sp->width > 0 ? (size_t)sp->width : 0;
  size_t delta = w > n ? w - n : 0;
  if (n + delta >= o->left)
    return -1;
  memset(o->p, sp->pad == '0' ? '0' : ' ', delta);
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (sp->lower && c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    else if (sp->upper && c >= 'a' && c <= 'z')
      c = (char)(c - 32);
    o->p[delta + i] = c;
  }
  o->p += n + delta;
  o->left -= n + delta;
  o->count += n + delta;
  return 0;
}

/* A number: width (for all but %s) raises the count of digits, which is made up
 * with zeros (after any minus sign), or spaces under '_' (before it); '-' adds
 * none, and then only the width pads, with spaces. */
static int put_digits(struct out *o, struct spec sp, int digits, int64_t value, int fold_width) {
  if (fold_width && sp.width > digits)
    digits = sp.width;
  char buf[24], *end = buf + sizeof buf, *b = end;
  int negative = value < 0;
  uint64_t u = negative ? 0 - (uint64_t)value : (uint64_t)value;
  do
    *--b = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (negative)
    *--b = '-';
  int padding = sp.pad == '-' ? 0 : digits - (int)(end - b);
  if (padding > 0) {
    if ((size_t)(sp.pad == '_' ? padding : digits) >= o->left)
      return -1;
    if (sp.pad != '_' && negative) {
      b++;
      *o->p++ = '-';
      o->left--;
      o->count++;
    }
    memset(o->p, sp.pad == '_' ? ' ' : '0', (size_t)padding);
    o->p += padding;
    o->left -= (size_t)padding;
    o->count += (size_t)padding;
    sp.width = sp.pad == '_' && sp.width > padding ? sp.width - padding : 0;
  }
  return put(o, &sp, b, (size_t)(end - b));
}

static int put_number(struct out *o, struct spec sp, int digits, int64_t value) {
  return put_digits(o, sp, digits, value, 1);
}

/* Days since the Monday that starts ISO week 1 (negative: before it), for a day
 * of the year yday falling on weekday wday (ISO 8601: week 1 holds the Thursday). */
static int iso_week_days(int yday, int wday) {
  const int big_multiple_of_7 = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + big_multiple_of_7) % 7 + 3;
}

static int is_leap(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

static size_t format(struct out *o, const char *f, const struct tm *tm, int upcase);

/* A whole sub-format (%c, %D, %T...) as one field: width and case apply to it. */
static int put_sub(struct out *o, const struct spec *sp, const char *sub, const struct tm *tm) {
  char text[128]; /* the longest, "%a %b %e %H:%M:%S %Y", fits with any year */
  struct out inner = {text, sizeof text, 0};
  size_t n = format(&inner, sub, tm, sp->upper);
  if (n == 0 && sub[0] != '\0')
    return -1;
  return put(o, sp, text, n);
}

/* A conversion that cannot be done: the text from the last '%' up to f, as written
 * (glibc looks back from f, so "%E%" is just "%"). */
static int put_bad(struct out *o, const struct spec *sp, const char *f) {
  const char *start = f;
  while (*start != '%')
    start--;
  return put(o, sp, start, (size_t)(f - start + 1));
}

static int convert(struct out *o, struct spec sp, char modifier, const char *f, const struct tm *tm,
                   int change_case) {
  int hour12 = tm->tm_hour > 12 ? tm->tm_hour - 12 : tm->tm_hour == 0 ? 12 : tm->tm_hour;
  int year = (int)((unsigned)tm->tm_year + 1900u); /* int arithmetic, as glibc's */
  const char *s;
  char c = *f;
  /* Which conversions take which modifier (glibc's strftime_l.c). */
  static const char no_e[] = "abBdeGghHIjklmMSUVwWD";
  static const char no_o[] = "aAcxXYDF";
  if ((modifier == 'E' && c != '\0' && strchr(no_e, c)) ||
      (modifier == 'O' && c != '\0' && strchr(no_o, c)) || (modifier && (c == 'A' || c == 'F')))
    return put_bad(o, &sp, f);
  if ((c == 'a' || c == 'A' || c == 'b' || c == 'B' || c == 'h') && change_case) {
    sp.upper = 1;
    sp.lower = 0;
  }
  switch (c) {
  case 'a':
  case 'A':
    s = tm->tm_wday < 0 || tm->tm_wday > 6 ? "?" : day_names[tm->tm_wday];
    return put(o, &sp, s, c == 'a' && s[1] ? 3 : strlen(s));
  case 'b':
  case 'h':
  case 'B':
    s = tm->tm_mon < 0 || tm->tm_mon > 11 ? "?" : month_names[tm->tm_mon];
    return put(o, &sp, s, c != 'B' && s[1] ? 3 : strlen(s));
  case 'c':
    return put_sub(o, &sp, "%a %b %e %H:%M:%S %Y", tm);
  case 'C':
    return put_number(o, sp, 1, year / 100 - (year % 100 < 0));
  case 'D':
  case 'x':
    return put_sub(o, &sp, "%m/%d/%y", tm);
  case 'd':
    return put_number(o, sp, 2, tm->tm_mday);
  case 'e':
  case 'k':
  case 'l':
    if (sp.pad != '0' && sp.pad != '-')
      sp.pad = '_';
    return put_number(o, sp, 2, c == 'e' ? tm->tm_mday : c == 'k' ? tm->tm_hour : hour12);
  case 'F':
    return put_sub(o, &sp, "%Y-%m-%d", tm);
  case 'H':
    return put_number(o, sp, 2, tm->tm_hour);
  case 'I':
    return put_number(o, sp, 2, hour12);
  case 'j':
    return put_number(o, sp, 3, (int)(1u + (unsigned)tm->tm_yday));
  case 'M':
    return put_number(o, sp, 2, tm->tm_min);
  case 'm':
    return put_number(o, sp, 2, (int)((unsigned)tm->tm_mon + 1u));
  case 'n':
    return put(o, &sp, "\n", 1);
  case 't':
    return put(o, &sp, "\t", 1);
  case 'P':
  case 'p':
    if (c == 'P' || change_case) {
      sp.upper = 0;
      sp.lower = 1;
    }
    return put(o, &sp, tm->tm_hour > 11 ? "PM" : "AM", 2);
  case 'R':
    return put_sub(o, &sp, "%H:%M", tm);
  case 'r':
    return put_sub(o, &sp, "%I:%M:%S %p", tm);
  case 'S':
    return put_number(o, sp, 2, tm->tm_sec);
  case 's': {
    struct tm copy = *tm;
    return put_digits(o, sp, 1, mktime(&copy), 0);
  }
  case 'T':
  case 'X':
    return put_sub(o, &sp, "%H:%M:%S", tm);
  case 'u':
    return put_number(o, sp, 1, (tm->tm_wday - 1 + 7) % 7 + 1);
  case 'U':
    return put_number(o, sp, 2, (tm->tm_yday - tm->tm_wday + 7) / 7);
  case 'V':
  case 'g':
  case 'G': {
    int iso_year = year;
    int days = iso_week_days(tm->tm_yday, tm->tm_wday);
    if (days < 0) {
      iso_year--;
      days = iso_week_days(tm->tm_yday + 365 + is_leap(iso_year), tm->tm_wday);
    } else {
      int d = iso_week_days(tm->tm_yday - 365 - is_leap(iso_year), tm->tm_wday);
      if (d >= 0) {
        iso_year++;
        days = d;
      }
    }
    if (c == 'g')
      return put_number(o, sp, 2, (iso_year % 100 + 100) % 100);
    if (c == 'G')
      return put_number(o, sp, 1, iso_year);
    return put_number(o, sp, 2, days / 7 + 1);
  }
  case 'W':
    return put_number(o, sp, 2, (tm->tm_yday - (tm->tm_wday - 1 + 7) % 7 + 7) / 7);
  case 'w':
    return put_number(o, sp, 1, tm->tm_wday);
  case 'Y':
    return put_number(o, sp, 1, year);
  case 'y':
    return put_number(o, sp, 2, (tm->tm_year % 100 + 100) % 100);
  case 'Z':
    if (change_case) {
      sp.upper = 0;
      sp.lower = 1;
    }
    s = tm->tm_zone;
    if ((s == NULL || *s == '\0') && tm->tm_isdst >= 0) {
      tzset();
      s = tm->tm_isdst <= 1 ? tzname[tm->tm_isdst] : "?";
    }
    if (s == NULL)
      s = "";
    return put(o, &sp, s, strlen(s));
  case 'z': {
    if (tm->tm_isdst < 0)
      return 0;
    int diff = (int)tm->tm_gmtoff;
    if (put(o, &sp, diff < 0 ? "-" : "+", 1) < 0)
      return -1;
    diff = (diff < 0 ? -diff : diff) / 60;
    return put_number(o, sp, 4, diff / 60 * 100 + diff % 60);
  }
  case '%':
    return put(o, &sp, "%", 1);
  default:
    return put_bad(o, &sp, f);
  }
}

/* The formatted length, or 0 when it does not fit (o->left counts the NUL). */
static size_t format(struct out *o, const char *f, const struct tm *tm, int upcase) {
  for (; *f != '\0'; f++) {
    struct spec sp = {-1, 0, upcase, 0};
    if (*f != '%') {
      if (put(o, &sp, f, 1) < 0)
        return 0;
      continue;
    }
    int change_case = 0;
    for (;; f++) {
      char c = f[1];
      if (c == '_' || c == '-' || c == '0')
        sp.pad = c;
      else if (c == '^')
        sp.upper = 1;
      else if (c == '#')
        change_case = 1;
      else
        break;
    }
    f++;
    if (*f >= '0' && *f <= '9') {
      int width = 0;
      for (; *f >= '0' && *f <= '9'; f++)
        width = width > (__INT_MAX__ - 9) / 10 ? __INT_MAX__ : width * 10 + (*f - '0');
      sp.width = width;
    }
    char modifier = 0;
    if (*f == 'E' || *f == 'O')
      modifier = *f++;
    if (*f == '\0')
      f--; /* a '%' sequence cut short by the end: written out as it is */
    if (convert(o, sp, modifier, f, tm, change_case) < 0)
      return 0;
  }
  return o->count;
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
                const struct tm *restrict tm) {
  struct out o = {s, max, 0};
  if (max == 0)
    return 0;
  size_t n = format(&o, fmt, tm, 0);
  if (n == 0 && o.count != 0)
    return 0;
  *o.p = '\0';
  return o.count;
}
