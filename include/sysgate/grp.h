/* sysgate/grp.h: getgrnam(3), getgrgid(3), getgrnam_r(3), getgrgid_r(3),
 * getgrent(3), setgrent(3), endgrent(3) and struct group, from the C library layer
 * (src/libc/grp.c): the entries of /etc/group.
 *
 * Not obvious: gr_mem is a NULL-terminated array of member names; in the _r forms
 * the array itself lives in the caller's buf too, aligned for pointers, so buf
 * must hold it besides the strings.
 */
#ifndef SYSGATE_GRP_H
#define SYSGATE_GRP_H

#include <stddef.h>

#include "base.h"
#include "types.h"

struct group {
  char *gr_name;
  char *gr_passwd;
  gid_t gr_gid;
  char **gr_mem;
};

/* As getpwnam and the rest in sysgate/pwd.h, for groups. */
struct group *getgrnam(const char *name) SG_SYMBOL(getgrnam);
struct group *getgrgid(gid_t gid) SG_SYMBOL(getgrgid);
int getgrnam_r(const char *name, struct group *grp, char *buf, size_t size, struct group **result)
    SG_SYMBOL(getgrnam_r);
int getgrgid_r(gid_t gid, struct group *grp, char *buf, size_t size, struct group **result)
    SG_SYMBOL(getgrgid_r);
struct group *getgrent(void) SG_SYMBOL(getgrent);
void setgrent(void) SG_SYMBOL(setgrent);
void endgrent(void) SG_SYMBOL(endgrent);

#endif
