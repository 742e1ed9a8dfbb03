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

/* The member named from *p up to the next ',' or end; *p moves past the ','. */
static struct sysgate_db_field next_member(const char **p, const char *end) {
  while (*p < end && **p == ',')
    (*p)++;
  const char *start = *p;
  while (*p < end && **p != ',')
    (*p)++;
  return (struct sysgate_db_field){start, (size_t)(*p - start)};
}

static int fill(const struct sysgate_db_field *f, const unsigned *ids, void *entry, char *buf,
                size_t size) {
  struct group *gr = entry;
  const char *list = f[MEMBERS].start, *list_end = list + f[MEMBERS].len;
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
  gr->gr_gid = ids[GID];
  if ((gr->gr_name = sysgate_db_string(f[NAME], &cursor, end)) == NULL ||
      (gr->gr_passwd = sysgate_db_string(f[PASSWD], &cursor, end)) == NULL)
    return ERANGE;
  return 0;
}

static const struct sysgate_db_kind group_file = {
    "/etc/group", FIELDS, 1u << GID, GID, fill,
};

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size, struct group **result) {
  int r = sysgate_db_lookup(&group_file, name, 0, gr, buf, size);
  *result = r > 0 ? gr : NULL;
  return r < 0 ? -r : 0; /* not found: 0, *result NULL */
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size, struct group **result) {
  int r = sysgate_db_lookup(&group_file, NULL, gid, gr, buf, size);
  *result = r > 0 ? gr : NULL;
  return r < 0 ? -r : 0; /* not found: 0, *result NULL */
}

static struct group found, entry;
static struct sysgate_db_store found_store, entry_store;
static struct sysgate_db all;

struct group *getgrnam(const char *name) {
  return sysgate_db_keep(&group_file, name, 0, &found, &found_store);
}

struct group *getgrgid(gid_t gid) {
  return sysgate_db_keep(&group_file, NULL, gid, &found, &found_store);
}

struct group *getgrent(void) {
  return sysgate_db_next_entry(&group_file, &all, &entry, &entry_store);
}

void setgrent(void) {
  all.next = 0;
}

void endgrent(void) {
  sysgate_db_close(&all);
}
