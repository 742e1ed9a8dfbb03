/* localtime(3), localtime_r(3), mktime(3): local time through the zone of tz.c.
 *
 * Not obvious: a local time may not exist (the hour skipped when DST starts) or exist twice; mktime
 * tries every offset the zone uses and, with no match, takes the one in force before the gap (so
 * 02:30 becomes 03:30), as glibc's mktime does (gnulib mktime.c) (the rest: docs/libc.md).
 */
#include <sysgate/errno.h>

#include "tm.h"

struct tm *localtime_r(const time_t *t, struct tm *tm) {
  sysgate_tz_update();
  struct sysgate_local local = sysgate_tz_at(*t);
  if ((local.offset > 0 && *t > INT64_MAX - local.offset) ||
      (local.offset < 0 && *t < INT64_MIN - local.offset)) {
    errno = EOVERFLOW;
    return NULL;
  }
  if (sysgate_tm_from_seconds(*t + local.offset, tm) < 0)
    return NULL;
  tm->tm_isdst = local.isdst;
  tm->tm_gmtoff = local.offset;
  tm->tm_zone = local.zone;
  return tm;
}

struct tm *localtime(const time_t *t) {
  return localtime_r(t, &sysgate_tm_storage);
}

/* The offset of the nearest instant to t whose DST flag is isdst; 0 when none is
 * within glibc's range (a week at a time, about 7 years each way). */
static int offset_near(int64_t t, int isdst, long *offset) {
  for (int64_t delta = 601200; delta < 457243209 / 2 + 601200; delta += 601200)
    for (int direction = -1; direction <= 1; direction += 2) {
      struct sysgate_local l = sysgate_tz_at(t + direction * delta);
      if (l.isdst == isdst) {
        *offset = l.offset;
        return 1;
      }
    }
  return 0;
}

/* Of two instants, the one glibc prefers: with tm_isdst < 0 one in DST, else one
 * whose DST flag differs from the one asked for (in a gap, the reading asked for
 * does not exist; glibc moves it by the gap's size, away from the asked kind). */
static int prefer_second(int asked, struct sysgate_local a, struct sysgate_local b) {
  if (asked < 0)
    return !a.isdst && b.isdst;
  return (a.isdst != 0) == (asked > 0) && (b.isdst != 0) != (asked > 0);
}

time_t mktime(struct tm *tm) {
  sysgate_tz_update();
  int64_t local = sysgate_tm_to_seconds(tm);
  long offsets[64];
  int n = sysgate_tz_offsets(offsets, 64);
  int found = 0;
  int64_t t = 0;
  struct sysgate_local at = {0, 0, 0};
  for (int i = 0; i < n; i++) {
    int64_t candidate = local - offsets[i];
    struct sysgate_local l = sysgate_tz_at(candidate);
    if (l.offset != offsets[i])
      continue;
    /* A reading that happens twice: the one with the DST asked for, else the earlier. */
    int asked_dst = tm->tm_isdst > 0;
    int better =
        !found ||
        (tm->tm_isdst >= 0 && (l.isdst != 0) == asked_dst && (at.isdst != 0) != asked_dst) ||
        ((tm->tm_isdst < 0 || (l.isdst != 0) == (at.isdst != 0)) && candidate < t);
    if (better) {
      t = candidate;
      at = l;
      found = 1;
    }
  }
  if (found && tm->tm_isdst >= 0 && (at.isdst != 0) != (tm->tm_isdst > 0)) {
    long offset;
    if (offset_near(t, tm->tm_isdst > 0, &offset))
      t = local - offset;
    else /* no time of that kind near: an hour of DST added or taken away */
      t += 3600 * ((tm->tm_isdst == 0) - (at.isdst == 0));
  } else if (!found) {
    /* In a gap: the reading moved by the offsets before and after it. */
    int64_t lo = INT64_MAX;
    for (int i = 0; i < n; i++)
      if (local - offsets[i] < lo)
        lo = local - offsets[i];
    struct sysgate_local before = sysgate_tz_at(lo);
    struct sysgate_local after = sysgate_tz_at(local - before.offset);
    int64_t moved_later = local - before.offset, moved_earlier = local - after.offset;
    struct sysgate_local at_later = sysgate_tz_at(moved_later);
    struct sysgate_local at_earlier = sysgate_tz_at(moved_earlier);
    t = prefer_second(tm->tm_isdst, at_later, at_earlier) ? moved_earlier : moved_later;
  }
  struct tm out;
  time_t result = t;
  if (localtime_r(&result, &out) == NULL)
    return -1;
  *tm = out;
  return result;
}
