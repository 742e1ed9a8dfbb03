/* strdup(3), strndup(3): a string copied into memory from malloc.
 *
 * Not obvious: strndup reads at most n bytes of s, so s need not be NUL-terminated
 * within them (strnlen, not strlen), and the copy always gets a NUL of its own:
 * n + 1 bytes at most are allocated.
 */
#include <sysgate/malloc.h>
#include <sysgate/string.h>

/* When malloc fails it has set errno to ENOMEM, and NULL goes back as it is. */
char *strdup(const char *s) {
  size_t size = strlen(s) + 1;
  char *copy = malloc(size);
  return copy ? memcpy(copy, s, size) : NULL;
}

char *strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *copy = malloc(len + 1);
  if (copy == NULL)
    return NULL;
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}
