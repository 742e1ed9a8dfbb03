/* perror(3): "prefix: message\n" on fd 2, or just "message\n" when the prefix
 * is NULL or empty.
 *
 * Not obvious: errno is read first and left as it was, so a caller may report
 * the same error twice; a failing write here has nobody to report to.
 */
#include <sysgate/errno.h>
#include <sysgate/stdio.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

static size_t append(char *buf, size_t used, size_t cap, const char *s) {
  size_t n = strlen(s);
  if (n > cap - used)
    n = cap - used;
  memcpy(buf + used, s, n);
  return used + n;
}

void perror(const char *prefix) {
  int saved = errno;
  const char *msg = strerror(saved);
  char line[512];
  size_t n = 0;
  if (prefix && *prefix) {
    if (strlen(prefix) + 2 + strlen(msg) + 1 > sizeof line)
      (void)write(STDERR_FILENO, prefix, strlen(prefix)); /* too long for one line */
    else
      n = append(line, n, sizeof line, prefix);
    n = append(line, n, sizeof line, ": ");
  }
  n = append(line, n, sizeof line, msg);
  n = append(line, n, sizeof line, "\n");
  (void)write(STDERR_FILENO, line, n);
  errno = saved;
}
