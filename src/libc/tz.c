/* tzset(3), tzname, timezone, daylight: the local time zone, from TZ, a TZif file
 * (RFC 8536, versions 1 to 4) or a POSIX TZ rule (POSIX.1-2017 8.3, with RFC 8536's
 * extensions: hours up to 167 and negative times in the rules).
 *
 * Not obvious: glibc's choices where the RFC leaves room: before the first transition the first
 * standard-time type applies (RFC 8536 says type 0); after the last one the footer's rule applies;
 * tzname, timezone and daylight are taken from the last standard and DST types transitioned to; a
 * rule with DST but no dates gets the US ones (M3.2.0,M11.1.0; glibc reads them from "posixrules",
 * which is not read here). Abbreviations are never freed: a tm_zone stays valid.
 */
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

#include "dbfile.h"
#include "tm.h"

char *tzname[2] = {"GMT", "GMT"};
long timezone;
int daylight;

/* One end of DST in a POSIX rule: Jn, n or Mm.w.d, and the local time of day. */
struct rule_date {
  char kind; /* 'J', 'D' (day of year from 0), 'M' */
  int month, week, day;
  long time;
};

struct rule {
  const char *std_name, *dst_name;
  long std_offset, dst_offset; /* seconds east of UTC */
  int has_dst;
  struct rule_date start, end;
};

struct zone_type {
  long offset;
  int isdst;
  const char *name;
};

static struct {
  char *tz;             /* the TZ value this zone was read for ("\1" when unset) */
  int64_t *times;       /* transition instants, ascending */
  unsigned char *types; /* the type from each transition on */
  struct zone_type *type;
  size_t time_count, type_count;
  int has_rule;
  struct rule rule;
} zone;

/* A string kept forever, shared by every user of the same text. */
struct interned {
  struct interned *next;
  char text[];
};
static struct interned *interned;

static const char *intern(const char *s, size_t len) {
  for (struct interned *i = interned; i; i = i->next)
    if (strncmp(i->text, s, len) == 0 && i->text[len] == '\0')
      return i->text;
  struct interned *i = malloc(sizeof *i + len + 1);
  if (i == NULL)
    return "???";
  memcpy(i->text, s, len);
  i->text[len] = '\0';
  i->next = interned;
  interned = i;
  return i->text;
}

/* --- POSIX TZ rules --- */

static int is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_digit(char c) {
  return c >= '0' && c <= '9';
}

static const char *parse_name(const char *s, const char **name) {
  const char *start = s, *end;
  if (*s == '<') {
    start = ++s;
    while (is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '-')
      s++;
    if (*s != '>')
      return NULL;
    end = s++;
  } else {
    while (is_alpha(*s))
      s++;
    end = s;
  }
  if (end - start < 3)
    return NULL;
  *name = intern(start, (size_t)(end - start));
  return s;
}

static const char *parse_number(const char *s, long *n, long max) {
  if (!is_digit(*s))
    return NULL;
  long v = 0;
  while (is_digit(*s)) {
    v = v * 10 + (*s++ - '0');
    if (v > max)
      return NULL;
  }
  *n = v;
  return s;
}

/* [+-]hh[:mm[:ss]] as seconds (hours up to 167, RFC 8536 3.3.1). */
static const char *parse_time(const char *s, long *seconds) {
  int negative = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  long h, m = 0, sec = 0;
  if ((s = parse_number(s, &h, 167)) == NULL)
    return NULL;
  if (*s == ':' && ((s = parse_number(s + 1, &m, 59)) == NULL ||
                    (*s == ':' && (s = parse_number(s + 1, &sec, 59)) == NULL)))
    return NULL;
  *seconds = (h * 3600 + m * 60 + sec) * (negative ? -1 : 1);
  return s;
}

static const char *parse_date(const char *s, struct rule_date *d) {
  long a, b, c;
  if (*s == 'M') {
    if ((s = parse_number(s + 1, &a, 12)) == NULL || a < 1 || *s++ != '.' ||
        (s = parse_number(s, &b, 5)) == NULL || b < 1 || *s++ != '.' ||
        (s = parse_number(s, &c, 6)) == NULL)
      return NULL;
    *d = (struct rule_date){'M', (int)a, (int)b, (int)c, 7200};
  } else if (*s == 'J') {
    if ((s = parse_number(s + 1, &a, 365)) == NULL || a < 1)
      return NULL;
    *d = (struct rule_date){'J', 0, 0, (int)a, 7200};
  } else {
    if ((s = parse_number(s, &a, 365)) == NULL)
      return NULL;
    *d = (struct rule_date){'D', 0, 0, (int)a, 7200};
  }
  if (*s == '/')
    s = parse_time(s + 1, &d->time);
  return s;
}

/* 0 when s is a whole valid rule. */
static int parse_rule(const char *s, struct rule *r) {
  long offset;
  if ((s = parse_name(s, &r->std_name)) == NULL || (s = parse_time(s, &offset)) == NULL)
    return -1;
  r->std_offset = -offset; /* POSIX counts west */
  r->dst_name = r->std_name;
  r->dst_offset = r->std_offset;
  r->has_dst = 0;
  if (*s == '\0')
    return 0;
  if ((s = parse_name(s, &r->dst_name)) == NULL)
    return -1;
  r->has_dst = 1;
  r->dst_offset = r->std_offset + 3600;
  if (*s != ',' && *s != '\0') {
    if ((s = parse_time(s, &offset)) == NULL)
      return -1;
    r->dst_offset = -offset;
  }
  if (*s == '\0') {
    r->start = (struct rule_date){'M', 3, 2, 0, 7200};
    r->end = (struct rule_date){'M', 11, 1, 0, 7200};
    return 0;
  }
  if (*s++ != ',' || (s = parse_date(s, &r->start)) == NULL || *s++ != ',' ||
      (s = parse_date(s, &r->end)) == NULL)
    return -1;
  return *s == '\0' ? 0 : -1;
}

static int is_leap(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* The UTC instant a rule date falls on in year, the local clock at offset. As
 * glibc's (time/tzset.c, compute_change), a year before 1971 counts its days from
 * 1970-01-01, so before 1970 a POSIX rule never has DST in effect. */
static int64_t rule_instant(const struct rule_date *d, int64_t year, long offset) {
  int64_t year_start = sysgate_days_from_civil(year, 1, 1), days = year > 1970 ? year_start : 0;
  if (d->kind == 'J')
    days += d->day - 1 + (is_leap(year) && d->day >= 60);
  else if (d->kind == 'D')
    days += d->day;
  else {
    static const unsigned char month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int64_t first = sysgate_days_from_civil(year, d->month, 1);
    int first_wday = (int)(((first + 4) % 7 + 7) % 7);
    int mday = 1 + (d->day - first_wday + 7) % 7 + (d->week - 1) * 7;
    int length = month_days[d->month - 1] + (d->month == 2 && is_leap(year));
    while (mday > length)
      mday -= 7;
    days += first - year_start + mday - 1;
  }
  return days * 86400 + d->time - offset;
}

/* The year is t's in UTC, not in local time, as glibc takes it. */
static struct sysgate_local rule_at(const struct rule *r, int64_t t) {
  struct sysgate_local std = {r->std_offset, 0, r->std_name};
  if (!r->has_dst)
    return std;
  struct tm tm;
  if (sysgate_tm_from_seconds(t, &tm) < 0)
    return std;
  int64_t year = (int64_t)tm.tm_year + 1900;
  int64_t start = rule_instant(&r->start, year, r->std_offset);
  int64_t end = rule_instant(&r->end, year, r->dst_offset);
  int dst = start > end ? t < end || t >= start : t >= start && t < end;
  return dst ? (struct sysgate_local){r->dst_offset, 1, r->dst_name} : std;
}

/* --- TZif files --- */

static uint32_t be32(const unsigned char *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void clear_zone(void) {
  free(zone.times);
  free(zone.types);
  free(zone.type);
  zone.times = NULL;
  zone.types = NULL;
  zone.type = NULL;
  zone.time_count = zone.type_count = 0;
  zone.has_rule = 0;
}

enum { ISUT, ISSTD, LEAP, TIME, TYPE, CHAR };

/* The counts of a TZif header at p (RFC 8536 3.1); 0, or -1 when it is not one or
 * its counts are out of the RFC's bounds (at least one type and one character). */
static int read_header(const unsigned char *p, size_t avail, uint32_t c[6]) {
  if (avail < 44 || memcmp(p, "TZif", 4) != 0)
    return -1;
  for (int i = 0; i < 6; i++)
    c[i] = be32(p + 20 + 4 * i);
  if (c[TYPE] == 0 || c[TYPE] > 256 || c[CHAR] == 0 || c[TIME] > 1000000 || c[CHAR] > 100000 ||
      c[LEAP] > 100000 || c[ISUT] > 256 || c[ISSTD] > 256)
    return -1;
  return 0;
}

static size_t block_size(const uint32_t c[6], size_t time_size) {
  return (size_t)c[TIME] * (time_size + 1) + (size_t)c[TYPE] * 6 + c[CHAR] +
         (size_t)c[LEAP] * (time_size + 4) + c[ISSTD] + c[ISUT];
}

static int load_tzif(const unsigned char *p, size_t size) {
  uint32_t c[6];
  if (read_header(p, size, c) < 0)
    return -1;
  size_t time_size = 4, at = 44;
  if (block_size(c, 4) > size - 44)
    return -1;
  if (p[4] >= '2') { /* skip the 32-bit block for the 64-bit one */
    at += block_size(c, 4);
    if (read_header(p + at, size - at, c) < 0)
      return -1;
    at += 44;
    time_size = 8;
    if (block_size(c, 8) > size - at)
      return -1;
  }
  const unsigned char *times = p + at, *idx = times + (size_t)c[TIME] * time_size;
  const unsigned char *types = idx + c[TIME], *chars = types + (size_t)c[TYPE] * 6;
  zone.times = malloc((c[TIME] ? c[TIME] : 1) * sizeof *zone.times);
  zone.types = malloc(c[TIME] ? c[TIME] : 1);
  zone.type = malloc(c[TYPE] * sizeof *zone.type);
  if (zone.times == NULL || zone.types == NULL || zone.type == NULL)
    return -1;
  for (uint32_t i = 0; i < c[TIME]; i++) {
    uint64_t v = be32(times + i * time_size);
    if (time_size == 8)
      v = v << 32 | be32(times + i * 8 + 4);
    else
      v = (uint64_t)(int64_t)(int32_t)v;
    zone.times[i] = (int64_t)v;
    if (idx[i] >= c[TYPE] || (i > 0 && zone.times[i] <= zone.times[i - 1]))
      return -1;
    zone.types[i] = idx[i];
  }
  for (uint32_t i = 0; i < c[TYPE]; i++) {
    const unsigned char *t = types + i * 6;
    unsigned abbr = t[5];
    if (abbr >= c[CHAR])
      return -1;
    size_t len = strnlen((const char *)chars + abbr, c[CHAR] - abbr);
    zone.type[i] = (struct zone_type){(long)(int32_t)be32(t), t[4] != 0,
                                      intern((const char *)chars + abbr, len)};
  }
  zone.time_count = c[TIME];
  zone.type_count = c[TYPE];
  at += block_size(c, time_size);
  if (time_size == 8 && at < size && p[at] == '\n') { /* the footer: "\n" rule "\n" */
    const char *footer = (const char *)p + at + 1;
    const char *nl = memchr(footer, '\n', size - at - 1);
    if (nl != NULL && nl > footer) {
      size_t len = (size_t)(nl - footer);
      char *text = malloc(len + 1);
      if (text != NULL) {
        memcpy(text, footer, len);
        text[len] = '\0';
        zone.has_rule = parse_rule(text, &zone.rule) == 0;
        free(text);
      }
    }
  }
  return 0;
}

static int load_file(const char *name) {
  char path[4096];
  const char *dir = "/usr/share/zoneinfo/";
  if (name[0] == '/') {
    if (strlen(name) >= sizeof path)
      return -1;
    strcpy(path, name);
  } else {
    /* glibc refuses names that climb out of the zoneinfo directory */
    if (strlen(dir) + strlen(name) >= sizeof path || strstr(name, "../") != NULL)
      return -1;
    strcpy(stpcpy(path, dir), name);
  }
  struct sysgate_db file;
  if (sysgate_db_open(&file, path) != 0)
    return -1;
  int r = load_tzif((const unsigned char *)file.data, file.size);
  sysgate_db_close(&file);
  if (r < 0)
    clear_zone();
  return r;
}

/* glibc's tzname, timezone and daylight for a file (see the top of this file). */
static void set_globals_from_file(void) {
  const char *name[2] = {NULL, NULL};
  long offset[2];
  int found[2] = {0, 0};
  for (size_t i = zone.time_count; i-- > 0;) {
    const struct zone_type *t = &zone.type[zone.types[i]];
    if (!found[t->isdst]) {
      found[t->isdst] = 1;
      name[t->isdst] = t->name;
      offset[t->isdst] = t->offset;
    }
    if (found[0] && found[1])
      break;
  }
  if (name[0] == NULL)
    name[0] = zone.type[0].name;
  if (name[1] == NULL)
    name[1] = name[0];
  if (zone.time_count == 0)
    offset[0] = offset[1] = zone.type[0].offset;
  else {
    if (!found[0])
      offset[0] = 0;
    if (!found[1])
      offset[1] = offset[0];
  }
  tzname[0] = (char *)name[0];
  tzname[1] = (char *)name[1];
  timezone = -offset[0];
  daylight = offset[0] != offset[1];
}

static void set_utc(const char *name) {
  clear_zone();
  zone.has_rule = 1;
  zone.rule = (struct rule){.std_name = name, .dst_name = name};
}

void sysgate_tz_update(void) {
  const char *tz = getenv("TZ");
  const char *key = tz ? tz : "\1";
  if (zone.tz != NULL && strcmp(zone.tz, key) == 0)
    return;
  free(zone.tz);
  zone.tz = strdup(key);
  clear_zone();
  if (tz == NULL) {
    if (load_file("/etc/localtime") < 0)
      set_utc("UTC");
  } else if (*tz == '\0') {
    set_utc("UTC");
  } else {
    const char *name = *tz == ':' ? tz + 1 : tz;
    if (load_file(name) < 0) {
      zone.has_rule = parse_rule(tz, &zone.rule) == 0;
      if (!zone.has_rule)
        set_utc("UTC"); /* what glibc names an unreadable TZ varies; UTC it is */
    }
  }
  if (zone.type_count > 0) {
    set_globals_from_file();
  } else {
    tzname[0] = (char *)zone.rule.std_name;
    tzname[1] = (char *)zone.rule.dst_name;
    timezone = -zone.rule.std_offset;
    daylight = zone.rule.has_dst;
  }
}

void tzset(void) {
  sysgate_tz_update();
}

struct sysgate_local sysgate_tz_at(int64_t t) {
  if (zone.type_count == 0)
    return rule_at(&zone.rule, t);
  const struct zone_type *type;
  if (zone.time_count == 0 || t < zone.times[0]) {
    size_t i = 0;
    while (i < zone.type_count && zone.type[i].isdst)
      i++;
    type = &zone.type[i < zone.type_count ? i : 0];
  } else if (t >= zone.times[zone.time_count - 1] && zone.has_rule) {
    return rule_at(&zone.rule, t);
  } else {
    size_t lo = 0, hi = zone.time_count; /* the last transition at or before t */
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (zone.times[mid] <= t)
        lo = mid;
      else
        hi = mid;
    }
    type = &zone.type[zone.types[lo]];
  }
  return (struct sysgate_local){type->offset, type->isdst, type->name};
}

int sysgate_tz_offsets(long *offsets, int max) {
  int n = 0;
  long candidates[258];
  int count = 0;
  for (size_t i = 0; i < zone.type_count; i++)
    candidates[count++] = zone.type[i].offset;
  if (zone.has_rule) {
    candidates[count++] = zone.rule.std_offset;
    candidates[count++] = zone.rule.dst_offset;
  }
  for (int i = 0; i < count; i++) {
    int seen = 0;
    for (int k = 0; k < n; k++)
      seen |= offsets[k] == candidates[i];
    if (!seen && n < max)
      offsets[n++] = candidates[i];
  }
  return n;
}
