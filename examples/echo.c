/* echo: write the arguments, separated by spaces and ended by a newline, to
 * standard output (echo(1)).
 *
 *   echo [-n] [string...]     -n: no newline at the end
 *
 * Only a leading "-n" is an option (any number of them, as bash's echo takes);
 * "-x", "--" or a later "-n" is printed like any other string. No backslash escapes.
 *
 * Not obvious: the arguments are not read from anywhere. execve(2) copied them,
 * with the environment, onto the new program's stack before its first
 * instruction ran, and argv is an array of pointers into that block; sysgate's
 * _start hands it to main as is. So echo makes no system call but its writes,
 * and it gathers the pieces into one buffer so that a short line is one write(2):
 * another program reading the pipe sees the whole line at once.
 */
#include <sysgate.h>

/* Output waits here until it is full or echo is done. 4096 bytes: any ordinary
 * command line fits; a longer one takes several writes, which is still correct. */
static char out[4096];
static size_t used;

/* Writes everything buffered. Returns 0, or -1 when write(2) failed (errno set). */
static int flush(void) {
  const char *p = out;
  while (used > 0) {
    ssize_t w = write(STDOUT_FILENO, p, used);
    if (w < 0) {
      if (errno == EINTR) /* a signal arrived before anything was written */
        continue;
      return -1;
    }
    p += w; /* a short write: the rest goes in the next round */
    used -= (size_t)w;
  }
  return 0;
}

/* Appends n bytes to the buffer, flushing whenever it fills. */
static int put(const char *s, size_t n) {
  while (n > 0) {
    size_t room = sizeof out - used;
    size_t chunk = n < room ? n : room;
    memcpy(out + used, s, chunk);
    used += chunk;
    s += chunk;
    n -= chunk;
    if (used == sizeof out && flush() < 0)
      return -1;
  }
  return 0;
}

/* Echoes n strings. Returns 0, or -1 at the first failed write (errno set). */
static int echo(char **args, int n, int newline) {
  for (int i = 0; i < n; i++)
    if ((i > 0 && put(" ", 1) < 0) || put(args[i], strlen(args[i])) < 0)
      return -1;
  if (newline && put("\n", 1) < 0)
    return -1;
  return flush();
}

int main(int argc, char **argv) {
  int newline = 1;
  int i = 1; /* argv[0] is the program's own name */
  while (i < argc && strcmp(argv[i], "-n") == 0) {
    newline = 0;
    i++;
  }
  if (echo(argv + i, argc - i, newline) < 0) {
    perror("echo: write error"); /* e.g. EPIPE, or ENOSPC on /dev/full */
    return 1;
  }
  return 0;
}
