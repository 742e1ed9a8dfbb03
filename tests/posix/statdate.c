/* statdate: print a file's type, size, mode and times the way stat(1) does, the
 * times with localtime(3) and strftime(3) ("%Y-%m-%d %H:%M:%S %z") in the time zone
 * of TZ, and with -u in UTC through gmtime(3).
 *
 * Not obvious: localtime returns a pointer to one static struct tm, so each time is
 * formatted before the next call overwrites it.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int utc;

/* stat(1)'s words for the file type, "regular empty file" included. */
static const char *type_of(const struct stat *st) {
  switch (st->st_mode & S_IFMT) {
  case S_IFREG:
    return st->st_size == 0 ? "regular empty file" : "regular file";
  case S_IFDIR:
    return "directory";
  case S_IFLNK:
    return "symbolic link";
  case S_IFIFO:
    return "fifo";
  case S_IFSOCK:
    return "socket";
  case S_IFCHR:
    return "character special file";
  case S_IFBLK:
    return "block special file";
  default:
    return "weird file";
  }
}

static void show_time(const char *label, time_t t) {
  char buf[80];
  struct tm *tm = utc ? gmtime(&t) : localtime(&t);
  if (tm == NULL || strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %z (%Z, %a %j)", tm) == 0)
    errx(1, "cannot format time %lld", (long long)t);
  printf("%s: %s\n", label, buf);
}

int main(int argc, char *argv[]) {
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "u")) != -1) {
    if (opt != 'u')
      return 1;
    utc = 1;
  }
  for (int i = optind; i < argc; i++) {
    struct stat st;
    if (lstat(argv[i], &st) != 0) {
      warn("cannot stat '%s'", argv[i]);
      status = 1;
      continue;
    }
    printf("  File: %s\n", argv[i]);
    printf("  Type: %s\n  Size: %lld\n", type_of(&st), (long long)st.st_size);
    printf("Access: (%04o)\n", (unsigned)(st.st_mode & 07777));
    show_time("Modify", st.st_mtime);
    show_time("Access", st.st_atime);
  }
  return status;
}
