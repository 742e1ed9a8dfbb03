/* winsize: print the size of the terminal that standard output is on, as
 * "rows R cols C", with ioctl(2) TIOCGWINSZ (ioctl_tty(2)).
 *
 * Exit status 0, or 1 with "winsize: ioctl: <reason>" on stderr when standard
 * output is not a terminal (ENOTTY) or is not open (EBADF).
 *
 * Not obvious: the size belongs to the terminal, not to the program. The kernel
 * keeps it per tty, the terminal emulator sets it (TIOCSWINSZ, or `stty rows R
 * cols C`), and every process on that tty reads the same value: nothing is passed
 * in the environment, and a pipe or a file has no size at all.
 */
#include <sysgate.h>

/* Appends the decimal digits of v to p and returns the new end. No printf here:
 * sysgate has none, so numbers are formatted by hand. */
static char *append_number(char *p, unsigned int v) {
  char digits[10]; /* an unsigned short needs 5, an unsigned int at most 10 */
  int n = 0;
  do
    digits[n++] = (char)('0' + v % 10); /* least significant digit first */
  while ((v /= 10) != 0);
  while (n > 0)
    *p++ = digits[--n]; /* ...so copy them out in reverse */
  return p;
}

static char *append_string(char *p, const char *s) {
  while (*s)
    *p++ = *s++;
  return p;
}

int main(void) {
  struct winsize ws;

  /* Standard output, because that is where the text goes whose width matters;
   * with `winsize | cat` it is a pipe and there is no answer. The third argument
   * is where the kernel stores the result. */
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0) {
    perror("winsize: ioctl");
    return 1;
  }

  char line[sizeof "rows 65535 cols 65535\n"];
  char *p = line;
  p = append_string(p, "rows ");
  p = append_number(p, ws.ws_row);
  p = append_string(p, " cols ");
  p = append_number(p, ws.ws_col);
  *p++ = '\n';

  /* One short write to a terminal is written whole; the length check still
   * catches a closed or broken stdout. */
  size_t len = (size_t)(p - line);
  return write(STDOUT_FILENO, line, len) == (ssize_t)len ? 0 : 1;
}
