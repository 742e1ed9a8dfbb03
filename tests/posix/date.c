/* date: print a time given as seconds since the epoch ("-d @SECONDS", default a
 * fixed example) with a strftime(3) format ("+FORMAT"), in TZ's zone or UTC (-u);
 * -p parses "YYYY-MM-DD HH:MM:SS" with sscanf(3) and converts it back with
 * mktime(3). Also shows ctime(3), asctime(3) and difftime(3).
 *
 * Not obvious: mktime normalises out-of-range fields (month 13, day 0) and fills
 * in tm_wday, tm_yday and tm_isdst; tm_isdst = -1 asks it to find out DST itself.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  time_t t = 1000000000;
  int utc = 0, opt;
  const char *parse = NULL;
  while ((opt = getopt(argc, argv, "d:up:")) != -1) {
    switch (opt) {
    case 'd':
      if (optarg[0] != '@')
        errx(1, "invalid date '%s'", optarg);
      t = (time_t)strtoll(optarg + 1, NULL, 10);
      break;
    case 'u':
      utc = 1;
      break;
    case 'p':
      parse = optarg;
      break;
    default:
      return 1;
    }
  }
  if (parse) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (sscanf(parse, "%d-%d-%d %d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
               &tm.tm_min, &tm.tm_sec) != 6)
      errx(1, "invalid date '%s'", parse);
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    t = mktime(&tm);
    if (t == (time_t)-1)
      errx(1, "cannot represent '%s'", parse);
    printf("mktime: %lld (wday %d, yday %d, isdst %d)\n", (long long)t, tm.tm_wday, tm.tm_yday,
           tm.tm_isdst > 0);
  }
  struct tm *tm = utc ? gmtime(&t) : localtime(&t);
  if (tm == NULL)
    errx(1, "time %lld out of range", (long long)t);
  const char *format = "%a %b %e %H:%M:%S %Z %Y";
  if (optind < argc) {
    if (argv[optind][0] != '+')
      errx(1, "invalid date '%s'", argv[optind]);
    format = argv[optind] + 1;
  }
  char buf[256];
  if (strftime(buf, sizeof buf, format, tm) == 0 && *format)
    errx(1, "formatted date too long");
  puts(buf);
  printf("asctime: %s", asctime(tm));
  if (!utc)
    printf("ctime:   %s", ctime(&t));
  printf("days since 2000-01-01: %.2f\n", difftime(t, 946684800) / 86400);
  return 0;
}
