/* getpwnam(3), getpwuid(3), getpwnam_r(3), getpwuid_r(3), getpwent(3), setpwent(3),
 * endpwent(3): /etc/passwd (passwd(5)), name:password:uid:gid:gecos:dir:shell.
 *
 * Not obvious: the _r forms report "no such user" as success with *result NULL, and
 * a buffer too small as the return value ERANGE, not through errno; the others keep
 * one entry each in static storage, grown until the entry fits, and getpwent's is
 * separate from getpwnam's, as glibc's are.
 */
#include <sysgate/errno.h>
#include <sysgate/pwd.h>
#include <sysgate/string.h>

#include "dbfile.h"

enum { NAME, PASSWD, UID, GID, GECOS, DIR, SHELL, FIELDS };

struct pw_line {
  struct sysgate_db_field f[FIELDS];
  unsigned uid, gid;
};

/* The next entry of db, its numbers checked: 1, or 0 at the end. */
static int next_entry(struct sysgate_db *db, struct pw_line *line) {
  while (sysgate_db_line(db, line->f, FIELDS))
    if (sysgate_db_id(line->f[UID], &line->uid) == 0 &&
        sysgate_db_id(line->f[GID], &line->gid) == 0)
      return 1;
  return 0;
}

static int fill(const struct pw_line *line, struct passwd *pw, char *buf, size_t size) {
  char *cursor = buf, *end = buf + size;
  char **strings[FIELDS] = {[NAME] = &pw->pw_name,
                            [PASSWD] = &pw->pw_passwd,
                            [GECOS] = &pw->pw_gecos,
                            [DIR] = &pw->pw_dir,
                            [SHELL] = &pw->pw_shell};
  for (int i = 0; i < FIELDS; i++)
    if (strings[i] && (*strings[i] = sysgate_db_string(line->f[i], &cursor, end)) == NULL)
      return ERANGE;
  pw->pw_uid = line->uid;
  pw->pw_gid = line->gid;
  return 0;
}

/* By name when name is not NULL, else by uid. */
static int lookup(const char *name, uid_t uid, struct passwd *pw, char *buf, size_t size,
                  struct passwd **result) {
  *result = NULL;
  struct sysgate_db db;
  int error = sysgate_db_open(&db, "/etc/passwd");
  if (error != 0)
    return error == ENOENT ? 0 : error; /* no file, no users */
  struct pw_line line;
  size_t name_len = name ? strlen(name) : 0;
  while (next_entry(&db, &line)) {
    const struct sysgate_db_field *n = &line.f[NAME];
    if (name ? n->len == name_len && memcmp(n->start, name, name_len) == 0 : line.uid == uid) {
      error = fill(&line, pw, buf, size);
      if (error == 0)
        *result = pw;
      break;
    }
  }
  sysgate_db_close(&db);
  return error;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
               struct passwd **result) {
  return lookup(name, 0, pw, buf, size, result);
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
  return lookup(NULL, uid, pw, buf, size, result);
}

static struct passwd found;
static char *found_buf;
static size_t found_size;

static struct passwd *keep(const char *name, uid_t uid) {
  struct passwd *result;
  int error = found_buf ? 0 : sysgate_db_grow(&found_buf, &found_size);
  while (error == 0 &&
         (error = lookup(name, uid, &found, found_buf, found_size, &result)) == ERANGE)
    if ((error = sysgate_db_grow(&found_buf, &found_size)) != 0)
      break;
  if (error != 0) {
    errno = error;
    return NULL;
  }
  return result;
}

struct passwd *getpwnam(const char *name) {
  return keep(name, 0);
}

struct passwd *getpwuid(uid_t uid) {
  return keep(NULL, uid);
}

static struct sysgate_db all;
static struct passwd entry;
static char *entry_buf;
static size_t entry_size;

struct passwd *getpwent(void) {
  if (all.data == NULL) {
    int error = sysgate_db_open(&all, "/etc/passwd");
    if (error != 0) {
      errno = error;
      return NULL;
    }
  }
  struct pw_line line;
  if (!next_entry(&all, &line))
    return NULL;
  while (entry_buf == NULL || fill(&line, &entry, entry_buf, entry_size) == ERANGE)
    if (sysgate_db_grow(&entry_buf, &entry_size) != 0) {
      errno = ENOMEM;
      return NULL;
    }
  return &entry;
}

void setpwent(void) {
  all.next = 0;
}

void endpwent(void) {
  sysgate_db_close(&all);
}
