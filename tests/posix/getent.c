/* getent: look up entries of the passwd and group databases by name or number,
 * like getent(1), or list a whole database: getpwnam(3), getpwuid(3), getgrnam(3),
 * getgrgid(3), and setpwent/getpwent/endpwent for the listing.
 *
 * Not obvious: the group's member list gr_mem is a NULL-terminated array of names,
 * printed comma-separated as in /etc/group.
 */
#include <ctype.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static int numeric(const char *s) {
  if (!*s)
    return 0;
  for (; *s; s++)
    if (!isdigit((unsigned char)*s))
      return 0;
  return 1;
}

static void print_pw(const struct passwd *p) {
  printf("%s:%s:%u:%u:%s:%s:%s\n", p->pw_name, p->pw_passwd, (unsigned)p->pw_uid,
         (unsigned)p->pw_gid, p->pw_gecos, p->pw_dir, p->pw_shell);
}

static void print_gr(const struct group *g) {
  printf("%s:%s:%u:", g->gr_name, g->gr_passwd, (unsigned)g->gr_gid);
  for (char **m = g->gr_mem; *m; m++)
    printf("%s%s", m == g->gr_mem ? "" : ",", *m);
  putchar('\n');
}

int main(int argc, char *argv[]) {
  if (argc < 2) {
    fprintf(stderr, "Usage: getent passwd|group [key...]\n");
    return 1;
  }
  int passwd = strcmp(argv[1], "passwd") == 0;
  if (!passwd && strcmp(argv[1], "group") != 0) {
    fprintf(stderr, "Unknown database: %s\n", argv[1]);
    return 1;
  }
  if (argc == 2 && passwd) {
    struct passwd *p;
    int n = 0;
    setpwent();
    while ((p = getpwent()) != NULL && n++ < 3)
      print_pw(p);
    endpwent();
    return 0;
  }
  int status = 0;
  for (int i = 2; i < argc; i++) {
    const char *key = argv[i];
    if (passwd) {
      struct passwd *p = numeric(key) ? getpwuid((uid_t)atol(key)) : getpwnam(key);
      if (p)
        print_pw(p);
      else
        status = 2;
    } else {
      struct group *g = numeric(key) ? getgrgid((gid_t)atol(key)) : getgrnam(key);
      if (g)
        print_gr(g);
      else
        status = 2;
    }
  }
  return status;
}
