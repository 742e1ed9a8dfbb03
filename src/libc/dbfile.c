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

/* Doubles the store's buffer (from 1 KiB). 0, or ENOMEM. */
static int grow(struct sysgate_db_store *store) {
  size_t bigger = store->size ? store->size * 2 : 1024;
  char *p = realloc(store->buf, bigger);
  if (p == NULL)
    return ENOMEM;
  store->buf = p;
  store->size = bigger;
  return 0;
}

/* The next line of db that is an entry of kind: 1 with its fields and ids, or 0. */
static int next_entry(const struct sysgate_db_kind *kind, struct sysgate_db *db,
                      struct sysgate_db_field *f, unsigned *ids) {
  while (sysgate_db_line(db, f, kind->fields)) {
    int ok = 1;
    for (int i = 0; i < kind->fields && ok; i++)
      if (kind->id_fields & (1u << i))
        ok = sysgate_db_id(f[i], &ids[i]) == 0;
    if (ok)
      return 1;
  }
  return 0;
}

#define MAX_FIELDS 8

int sysgate_db_lookup(const struct sysgate_db_kind *kind, const char *name, unsigned id,
                      void *entry, char *buf, size_t size) {
  struct sysgate_db db;
  int error = sysgate_db_open(&db, kind->path);
  if (error != 0)
    return error == ENOENT ? 0 : -error; /* no file, no entries */
  struct sysgate_db_field f[MAX_FIELDS];
  unsigned ids[MAX_FIELDS];
  size_t name_len = name ? strlen(name) : 0;
  int r = 0;
  while (next_entry(kind, &db, f, ids)) {
    if (name ? f[0].len == name_len && memcmp(f[0].start, name, name_len) == 0
             : ids[kind->id_field] == id) {
      error = kind->fill(f, ids, entry, buf, size);
      r = error ? -error : 1;
      break;
    }
  }
  sysgate_db_close(&db);
  return r;
}

void *sysgate_db_keep(const struct sysgate_db_kind *kind, const char *name, unsigned id,
                      void *entry, struct sysgate_db_store *store) {
  int r = store->buf ? -ERANGE : -grow(store);
  if (r == 0)
    r = -ERANGE;
  while (r == -ERANGE) {
    r = sysgate_db_lookup(kind, name, id, entry, store->buf, store->size);
    if (r == -ERANGE && grow(store) != 0)
      r = -ENOMEM;
  }
  if (r < 0)
    errno = -r;
  return r > 0 ? entry : NULL;
}

void *sysgate_db_next_entry(const struct sysgate_db_kind *kind, struct sysgate_db *all, void *entry,
                            struct sysgate_db_store *store) {
  if (all->data == NULL) {
    int error = sysgate_db_open(all, kind->path);
    if (error != 0) {
      errno = error;
      return NULL;
    }
  }
  struct sysgate_db_field f[MAX_FIELDS];
  unsigned ids[MAX_FIELDS];
  if (!next_entry(kind, all, f, ids))
    return NULL;
  int error = store->buf ? 0 : grow(store);
  while (error == 0 && (error = kind->fill(f, ids, entry, store->buf, store->size)) == ERANGE)
    error = grow(store);
  if (error != 0) {
    errno = error;
    return NULL;
  }
  return entry;
}
