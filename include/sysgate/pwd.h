/* sysgate/pwd.h: getpwnam(3), getpwuid(3), getpwnam_r(3), getpwuid_r(3),
 * getpwent(3), setpwent(3), endpwent(3) and struct passwd, from the C library layer
 * (src/libc/pwd.c): the entries of /etc/passwd.
 *
 * Not obvious: only the file is read: no NSS modules, so users that glibc finds
 * through LDAP, systemd-userdb or NIS ("+" lines) are not found here.
 */
#ifndef SYSGATE_PWD_H
#define SYSGATE_PWD_H

#include <stddef.h>

#include "base.h"
#include "types.h"

struct passwd {
  char *pw_name;
  char *pw_passwd;
  uid_t pw_uid;
  gid_t pw_gid;
  char *pw_gecos;
  char *pw_dir;
  char *pw_shell;
};

/* The first entry with that name or uid, in storage the next call overwrites; NULL
 * when there is none (errno untouched) or on error (errno set). */
struct passwd *getpwnam(const char *name) SG_SYMBOL(getpwnam);
struct passwd *getpwuid(uid_t uid) SG_SYMBOL(getpwuid);
/* The same into the caller's pwd and buf (the strings): 0 with *result = pwd when
 * found, 0 with *result = NULL when not, an errno value (ERANGE: buf is too small)
 * with *result = NULL on error. */
int getpwnam_r(const char *name, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
    SG_SYMBOL(getpwnam_r);
int getpwuid_r(uid_t uid, struct passwd *pwd, char *buf, size_t size, struct passwd **result)
    SG_SYMBOL(getpwuid_r);
/* The entries one after the other, from the first after setpwent; NULL at the end. */
struct passwd *getpwent(void) SG_SYMBOL(getpwent);
void setpwent(void) SG_SYMBOL(setpwent);
void endpwent(void) SG_SYMBOL(endpwent);

#endif
