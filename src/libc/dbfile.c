/* The user database files' reader (dbfile.h): whole-file load, line and field split.
 *
 * Not obvious: glibc's files backend is line-oriented with no quoting: a ':' always
 * separates, and the last field runs to the end of the line, so a line with one
 * field too many is malformed (skipped), not joined.
 */
#include "dbfile.h"

#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/malloc.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

int sysgate_db_open(struct sysgate_db *db, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return errno;
  size_t size = 0, capacity = 4096;
  char *data = malloc(capacity);
  int error = data ? 0 : ENOMEM;
  while (error == 0) {
    if (size == capacity) {
      char *bigger = realloc(data, capacity * 2);
      if (bigger == NULL) {
        error = ENOMEM;
        break;
      }
      data = bigger;
      capacity *= 2;
    }
    ssize_t got = read(fd, data + size, capacity - size);
    if (got < 0 && errno != EINTR)
      error = errno;
    else if (got == 0)
      break;
    else if (got > 0)
      size += (size_t)got;
  }
  close(fd);
  if (error != 0) {
    free(data);
    return error;
  }
  db->data = data;
  db->size = size;
  db->next = 0;
  return 0;
}

void sysgate_db_close(struct sysgate_db *db) {
  free(db->data);
  db->data = NULL;
  db->size = db->next = 0;
}

int sysgate_db_line(struct sysgate_db *db, struct sysgate_db_field *f, int n) {
  while (db->next < db->size) {
    const char *line = db->data + db->next;
    const char *nl = memchr(line, '\n', db->size - db->next);
    size_t len = nl ? (size_t)(nl - line) : db->size - db->next;
    db->next += len + (nl != NULL);
    if (len == 0 || line[0] == '#')
      continue;
    int count = 0;
    const char *start = line, *end = line + len;
    for (const char *p = line;; p++) {
      if (p == end || *p == ':') {
        if (count < n)
          f[count] = (struct sysgate_db_field){start, (size_t)(p - start)};
        count++;
        start = p + 1;
        if (p == end)
          break;
      }
    }
    if (count == n)
      return 1;
  }
  return 0;
}

int sysgate_db_id(struct sysgate_db_field f, unsigned *id) {
  unsigned long value = 0;
  if (f.len == 0)
    return -1;
  for (size_t i = 0; i < f.len; i++) {
    if (f.start[i] < '0' || f.start[i] > '9')
      return -1;
    value = value * 10 + (unsigned)(f.start[i] - '0');
    if (value > 0xffffffffUL)
      return -1;
  }
  *id = (unsigned)value;
  return 0;
}

char *sysgate_db_string(struct sysgate_db_field f, char **cursor, char *end) {
  char *s = *cursor;
  if ((size_t)(end - s) < f.len + 1)
    return NULL;
  memcpy(s, f.start, f.len);
  s[f.len] = '\0';
  *cursor = s + f.len + 1;
  return s;
}

int sysgate_db_grow(char **buf, size_t *size) {
  size_t bigger = *size ? *size * 2 : 1024;
  char *p = realloc(*buf, bigger);
  if (p == NULL)
    return ENOMEM;
  *buf = p;
  *size = bigger;
  return 0;
}
