/* when: dates the way people print them in C for glibc: each argument is either a
 * number of seconds since 1970 or "YYYY-MM-DD HH:MM:SS" local time (read with
 * sscanf, converted with mktime); each is shown with ctime, asctime(gmtime),
 * strftime and the offset from UTC, in the zone TZ names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int show(const char *arg) {
  struct tm tm;
  time_t t;
  int consumed = 0;
  memset(&tm, 0, sizeof tm);
  if (sscanf(arg, "%d-%d-%d %d:%d:%d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
             &tm.tm_min, &tm.tm_sec, &consumed) == 6 &&
      arg[consumed] == '\0') {
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    t = mktime(&tm);
  } else {
    char *end;
    t = (time_t)strtol(arg, &end, 10);
    if (*end != '\0' || end == arg) {
      fprintf(stderr, "when: %s: not a date\n", arg);
      return 1;
    }
  }
  char text[128];
  printf("%ld\n", (long)t);
  printf("  ctime    %s", ctime(&t));
  printf("  utc      %s", asctime(gmtime(&t)));
  struct tm *local = localtime(&t);
  strftime(text, sizeof text, "%A %d %B %Y, %I:%M:%S %p %Z (%z), day %j, week %V", local);
  printf("  local    %s\n", text);
  strftime(text, sizeof text, "%F %T %s %G-W%V-%u %e %k %l %C %y %D %R", local);
  printf("  numbers  %s\n", text);
  printf("  dst      %d, %lld s after the epoch\n", local->tm_isdst, (long long)difftime(t, 0));
  return 0;
}

int main(int argc, char **argv) {
  int status = 0;
  tzset();
  printf("zone %s/%s, %ld s west, daylight %d\n", tzname[0], tzname[1], (long)timezone, daylight);
  for (int i = 1; i < argc; i++)
    status |= show(argv[i]);
  return status;
}
