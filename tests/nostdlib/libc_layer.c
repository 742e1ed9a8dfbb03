/* libc_layer: the glibc-shaped error convention of sysgate's wrappers, and the
 * reporting functions built on it (errno(3), strerror(3), perror(3)).
 *
 * Checks print to stdout (compared with tests/expected/libc_layer.stdout); the
 * perror() calls write to stderr, compared byte for byte with
 * tests/expected/libc_layer.stderr. The exit status is the first failed check.
 *
 * Not obvious: sysgate's messages are glibc's wording, not the kernel uapi
 * errno.h comments they were once taken from; the two differ for 19 values
 * (EBADF is "Bad file descriptor", not "Bad file number"; ENOTTY
 * "Inappropriate ioctl for device", not "Not a typewriter").
 */
#include <sysgate.h>

#include "check.h"

/* Any value no call below would set: proves that a successful call left errno alone. */
#define SENTINEL 12345

static void errno_checks(void) {
  errno = 0;
  check(write(-1, "x", 1) == -1 && errno == EBADF, "write(-1, ...) == -1 with errno EBADF");
  errno = 0;
  check(read(-1, &(char){0}, 1) == -1 && errno == EBADF, "read(-1, ...) == -1 with errno EBADF");
  errno = 0;
  check(close(-1) == -1 && errno == EBADF, "close(-1) == -1 with errno EBADF");
  errno = 0;
  check(open("/nonexistent/sysgate", O_RDONLY) == -1 && errno == ENOENT,
        "open of a missing file == -1 with errno ENOENT");

  /* The raw layer returns -errno and never touches errno. */
  errno = SENTINEL;
  check(sys_write(-1, "x", 1) == -EBADF && errno == SENTINEL,
        "sys_write(-1, ...) == -EBADF, errno untouched");

  /* Successes leave errno exactly as it was, even a value no call would set. */
  static const char line[] = "write to stdout succeeded\n";
  errno = SENTINEL;
  check(write(STDOUT_FILENO, line, sizeof line - 1) == (ssize_t)(sizeof line - 1) &&
            errno == SENTINEL,
        "a successful write leaves errno alone");
  errno = SENTINEL;
  check(getpid() > 0 && errno == SENTINEL, "getpid() > 0, errno untouched");

  errno = SENTINEL;
  int dir = openat(AT_FDCWD, "/", O_RDONLY | O_DIRECTORY);
  check(dir >= 0 && errno == SENTINEL, "openat(AT_FDCWD, \"/\") succeeds, errno untouched");
  if (dir >= 0) {
    struct winsize ws;
    errno = 0;
    check(ioctl(dir, TIOCGWINSZ, &ws) == -1 && errno == ENOTTY,
          "ioctl(directory, TIOCGWINSZ) == -1 with errno ENOTTY");
    errno = SENTINEL;
    check(close(dir) == 0 && errno == SENTINEL, "close of an open descriptor == 0");
  }

  /* mmap's failure value is MAP_FAILED, (void *)-1, not NULL. */
  errno = 0;
  check(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED &&
            errno == EINVAL,
        "mmap of 0 bytes == MAP_FAILED with errno EINVAL");
  errno = SENTINEL;
  unsigned char *page =
      mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (check(page != MAP_FAILED && errno == SENTINEL, "mmap of one anonymous page succeeds")) {
    page[0] = 1, page[4095] = 2; /* must be writable, or this faults */
    check(page[0] == 1 && page[4095] == 2 && munmap(page, 4096) == 0 && errno == SENTINEL,
          "the page is usable and munmap == 0");
  }
}

static void strerror_checks(void) {
  check(str_eq(strerror(0), "Success"), "strerror(0) is \"Success\"");
  check(str_eq(strerror(ENOENT), "No such file or directory"),
        "strerror(ENOENT) is \"No such file or directory\"");
  check(str_eq(strerror(EBADF), "Bad file descriptor"),
        "strerror(EBADF) is glibc's \"Bad file descriptor\"");
  check(str_eq(strerror(ENOTTY), "Inappropriate ioctl for device"),
        "strerror(ENOTTY) is glibc's \"Inappropriate ioctl for device\"");
  check(str_eq(strerror(EHWPOISON), "Memory page has hardware error"),
        "strerror(EHWPOISON), the last value, is known");
  /* Values the table does not have: below 0, a gap (41), past the end, huge, the minimum. */
  check(str_eq(strerror(-1), "Unknown error -1"), "strerror(-1) is \"Unknown error -1\"");
  check(str_eq(strerror(41), "Unknown error 41"), "strerror(41), a gap, is \"Unknown error 41\"");
  check(str_eq(strerror(EHWPOISON + 1), "Unknown error 134"),
        "strerror(EHWPOISON + 1) is \"Unknown error 134\"");
  check(str_eq(strerror(100000), "Unknown error 100000"),
        "strerror(100000) is \"Unknown error 100000\"");
  check(str_eq(strerror(-2147483647 - 1), "Unknown error -2147483648"),
        "strerror(INT_MIN) is \"Unknown error -2147483648\"");
}

/* The text of each call is in tests/expected/libc_layer.stderr, in this order. */
static void perror_checks(void) {
  errno = ENOENT;
  perror("x");
  check(errno == ENOENT, "perror(\"x\") leaves errno ENOENT");
  perror(NULL);
  check(errno == ENOENT, "perror(NULL) leaves errno ENOENT");
  perror("");
  check(errno == ENOENT, "perror(\"\") leaves errno ENOENT");

  errno = 0;
  perror("zero");
  errno = 100000;
  perror("unknown");

  /* Longer than perror's 512-byte line buffer: it takes another path, same text. */
  static char long_prefix[601];
  for (int i = 0; i < 600; i++)
    long_prefix[i] = (char)('a' + i % 26);
  errno = EISDIR;
  perror(long_prefix);
  check(errno == EISDIR, "perror with a 600-byte prefix leaves errno EISDIR");
}

int main(void) {
  errno_checks();
  strerror_checks();
  perror_checks();
  return check_status();
}
