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

#include "dbfile.h"

enum { NAME, PASSWD, UID, GID, GECOS, DIR, SHELL, FIELDS };

static int fill(const struct sysgate_db_field *f, const unsigned *ids, void *entry, char *buf,
                size_t size) {
  struct passwd *pw = entry;
  char *cursor = buf, *end = buf + size;
  char **strings[FIELDS] = {[NAME] = &pw->pw_name,
                            [PASSWD] = &pw->pw_passwd,
                            [GECOS] = &pw->pw_gecos,
                            [DIR] = &pw->pw_dir,
                            [SHELL] = &pw->pw_shell};
  for (int i = 0; i < FIELDS; i++)
    if (strings[i] && (*strings[i] = sysgate_db_string(f[i], &cursor, end)) == NULL)
      return ERANGE;
  pw->pw_uid = ids[UID];
  pw->pw_gid = ids[GID];
  return 0;
}

static const struct sysgate_db_kind passwd_file = {
    "/etc/passwd", FIELDS, 1u << UID | 1u << GID, UID, fill,
};

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
               struct passwd **result) {
  int r = sysgate_db_lookup(&passwd_file, name, 0, pw, buf, size);
  *result = r > 0 ? pw : NULL;
  return r < 0 ? -r : 0; /* not found: 0, *result NULL */
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size, struct passwd **result) {
  int r = sysgate_db_lookup(&passwd_file, NULL, uid, pw, buf, size);
  *result = r > 0 ? pw : NULL;
  return r < 0 ? -r : 0; /* not found: 0, *result NULL */
}

static struct passwd found, entry;
static struct sysgate_db_store found_store, entry_store;
static struct sysgate_db all;

struct passwd *getpwnam(const char *name) {
  return sysgate_db_keep(&passwd_file, name, 0, &found, &found_store);
}

struct passwd *getpwuid(uid_t uid) {
  return sysgate_db_keep(&passwd_file, NULL, uid, &found, &found_store);
}

struct passwd *getpwent(void) {
  return sysgate_db_next_entry(&passwd_file, &all, &entry, &entry_store);
}

void setpwent(void) {
  all.next = 0;
}

void endpwent(void) {
  sysgate_db_close(&all);
}
