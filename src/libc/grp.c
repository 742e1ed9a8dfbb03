/* getgrnam(3), getgrgid(3), getgrnam_r(3), getgrgid_r(3), getgrent(3), setgrent(3),
 * endgrent(3): /etc/group (group(5)), name:password:gid:member,member,...
 *
 * Not obvious: in the _r forms the member array is stored in the caller's buffer
 * too, first, at an address aligned for a pointer, then the strings after it; empty
 * names in the member list (",," or a trailing ',') are left out, as glibc does.
 */
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/grp.h>
#include <sysgate/string.h>

#include "dbfile.h"

enum { NAME, PASSWD, GID, MEMBERS, FIELDS };

struct gr_line {
  struct sysgate_db_field f[FIELDS];
  unsigned gid;
};

static int next_entry(struct sysgate_db *db, struct gr_line *line) {
  while (sysgate_db_line(db, line->f, FIELDS))
    if (sysgate_db_id(line->f[GID], &line->gid) == 0)
      return 1;
  return 0;
}

/* The member named from *p up to the next ',' or end; *p moves past the ','. */
static struct sysgate_db_field next_member(const char **p, const char *end) {
  while (*p < end && **p == ',')
    (*p)++;
  const char *start = *p;
  while (*p < end && **p != ',')
    (*p)++;
  return (struct sysgate_db_field){start, (size_t)(*p - start)};
}

static int fill(const struct gr_line *line, struct group *gr, char *buf, size_t size) {
  const char *list = line->f[MEMBERS].start, *list_end = list + line->f[MEMBERS].len;
  size_t count = 0;
  for (const char *p = list; next_member(&p, list_end).len != 0;)
    count++;
  uintptr_t align = (uintptr_t)buf % sizeof(char *);
  size_t skip = align ? sizeof(char *) - align : 0;
  size_t array = (count + 1) * sizeof(char *);
  if (size < skip || size - skip < array)
    return ERANGE;
  char **members = (char **)(void *)(buf + skip);
  char *cursor = buf + skip + array, *end = buf + size;
  size_t i = 0;
  for (const char *p = list; i < count; i++)
    if ((members[i] = sysgate_db_string(next_member(&p, list_end), &cursor, end)) == NULL)
      return ERANGE;
  members[count] = NULL;
  gr->gr_mem = members;
  gr->gr_gid = line->gid;
  if ((gr->gr_name = sysgate_db_string(line->f[NAME], &cursor, end)) == NULL ||
      (gr->gr_passwd = sysgate_db_string(line->f[PASSWD], &cursor, end)) == NULL)
    return ERANGE;
  return 0;
}

/* By name when name is not NULL, else by gid. */
static int lookup(const char *name, gid_t gid, struct group *gr, char *buf, size_t size,
                  struct group **result) {
  *result = NULL;
  struct sysgate_db db;
  int error = sysgate_db_open(&db, "/etc/group");
  if (error != 0)
    return error == ENOENT ? 0 : error; /* no file, no groups */
  struct gr_line line;
  size_t name_len = name ? strlen(name) : 0;
  while (next_entry(&db, &line)) {
    const struct sysgate_db_field *n = &line.f[NAME];
    if (name ? n->len == name_len && memcmp(n->start, name, name_len) == 0 : line.gid == gid) {
      error = fill(&line, gr, buf, size);
      if (error == 0)
        *result = gr;
      break;
    }
  }
  sysgate_db_close(&db);
  return error;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result) {
  return lookup(name, 0, gr, buf, size, result);
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result) {
  return lookup(NULL, gid, gr, buf, size, result);
}

static struct group found;
static char *found_buf;
static size_t found_size;

static struct group *keep(const char *name, gid_t gid) {
  struct group *result;
  int error = found_buf ? 0 : sysgate_db_grow(&found_buf, &found_size);
  while (error == 0 &&
         (error = lookup(name, gid, &found, found_buf, found_size, &result)) == ERANGE)
    if ((error = sysgate_db_grow(&found_buf, &found_size)) != 0)
      break;
  if (error != 0) {
    errno = error;
    return NULL;
  }
  return result;
}

struct group *getgrnam(const char *name) {
  return keep(name, 0);
}

struct group *getgrgid(gid_t gid) {
  return keep(NULL, gid);
}

static struct sysgate_db all;
static struct group entry;
static char *entry_buf;
static size_t entry_size;

struct group *getgrent(void) {
  if (all.data == NULL) {
    int error = sysgate_db_open(&all, "/etc/group");
    if (error != 0) {
      errno = error;
      return NULL;
    }
  }
  struct gr_line line;
  if (!next_entry(&all, &line))
    return NULL;
  while (entry_buf == NULL || fill(&line, &entry, entry_buf, entry_size) == ERANGE)
    if (sysgate_db_grow(&entry_buf, &entry_size) != 0) {
      errno = ENOMEM;
      return NULL;
    }
  return &entry;
}

void setgrent(void) {
  all.next = 0;
}

void endgrent(void) {
  sysgate_db_close(&all);
}
