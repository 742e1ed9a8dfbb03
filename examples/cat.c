/* cat: copy files, or standard input, to standard output (cat(1)), with nothing
 * but system calls: open(2), read(2), write(2), close(2), and perror(3) for errors.
 *
 *   cat [file...]     "-" or no file at all means standard input
 *
 * A file that cannot be opened or read is reported as "cat: <name>: <reason>" and
 * skipped; the others are still copied, and the exit status is then 1.
 *
 * Not obvious: write(2) may write less than it was asked to (a pipe that is
 * nearly full, a signal arriving mid-way), and returns how much it did write;
 * a program that ignores that count silently loses the rest. So every write here
 * is a loop.
 */
#include <sysgate.h>

/* One page: enough to make few system calls, small enough to live in .bss. A
 * file larger than this takes several read/write rounds, which is fine. */
static char buf[4096];

/* Reports "cat: <what>: <strerror(errno)>" on stderr, as one line. */
static void report(const char *what) {
  /* perror prints "<prefix>: <message>", so the prefix is "cat: <what>". Build it
   * in a buffer: perror then writes the whole line with a single write, and lines
   * from programs sharing the terminal do not interleave mid-line. */
  static char prefix[512];
  static const char me[] = "cat: ";
  size_t len = strlen(what);
  int saved = errno; /* write() below could change errno before perror reads it */
  if (sizeof me - 1 + len + 1 <= sizeof prefix) {
    memcpy(prefix, me, sizeof me - 1);
    memcpy(prefix + sizeof me - 1, what, len + 1); /* + 1: the NUL too */
    perror(prefix);
  } else {
    /* A name too long for the buffer (a path may be up to 4096 bytes): the same
     * text, in two writes. */
    (void)write(STDERR_FILENO, me, sizeof me - 1);
    errno = saved;
    perror(what);
  }
}

/* Writes all n bytes of p to fd. Returns 0, or -1 with errno set by write(). */
static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      /* EINTR: a signal handler ran before anything was written. This program
       * installs none, but retrying is what a copy loop should do. */
      if (errno == EINTR)
        continue;
      return -1;
    }
    /* A short write: carry on with the part that was not written. */
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* The outcome of copying one descriptor: everything, a read error, or a write error. */
enum copy_result { COPY_OK, COPY_READ_ERROR, COPY_WRITE_ERROR };

static enum copy_result copy(int fd) {
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n == 0)
      return COPY_OK; /* end of file */
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return COPY_READ_ERROR; /* e.g. EISDIR: open() accepts a directory, read() refuses */
    }
    if (write_all(STDOUT_FILENO, buf, (size_t)n) < 0)
      return COPY_WRITE_ERROR;
  }
}

/* Copies one operand. Returns 0 when it was copied, 1 when it was reported and
 * skipped, and -1 when stdout failed: then no other file can be copied either. */
static int cat_one(const char *name) {
  int is_stdin = name[0] == '-' && name[1] == '\0';
  int fd = is_stdin ? STDIN_FILENO : open(name, O_RDONLY);
  if (fd < 0) {
    report(name); /* errno from open(), e.g. ENOENT */
    return 1;
  }

  enum copy_result r = copy(fd);
  if (r == COPY_READ_ERROR)
    report(is_stdin ? "-" : name);
  else if (r == COPY_WRITE_ERROR)
    report("write error");

  /* Standard input stays open: a later "-" reads on from where this one stopped. */
  if (!is_stdin)
    (void)close(fd); /* read-only: close cannot lose data, so its result is moot */

  if (r == COPY_WRITE_ERROR)
    return -1;
  return r == COPY_OK ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc < 2) /* no operands: standard input, as if given "-" */
    return cat_one("-") == 0 ? 0 : 1;

  int status = 0;
  for (int i = 1; i < argc; i++) {
    int r = cat_one(argv[i]);
    if (r != 0)
      status = 1;
    if (r < 0)
      break;
  }
  return status;
}
