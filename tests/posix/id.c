/* id: print a user's and group's names and numbers, like id(1), for a user name or
 * number given as the operand. Uses getpwnam(3), getpwuid(3) and getgrgid(3),
 * which read /etc/passwd and /etc/group.
 *
 * Not obvious: a purely numeric operand is tried as a name first, as id(1) does,
 * then as a user number.
 */
#include <err.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  if (argc != 2)
    errx(1, "usage: id USER");
  struct passwd *pw = getpwnam(argv[1]);
  if (pw == NULL) {
    char *end;
    unsigned long uid = strtoul(argv[1], &end, 10);
    if (*end == '\0' && end != argv[1])
      pw = getpwuid((uid_t)uid);
  }
  if (pw == NULL)
    errx(1, "'%s': no such user", argv[1]);
  printf("uid=%u(%s) gid=%u", (unsigned)pw->pw_uid, pw->pw_name, (unsigned)pw->pw_gid);
  struct group *gr = getgrgid(pw->pw_gid);
  if (gr != NULL)
    printf("(%s)", gr->gr_name);
  printf(" home=%s shell=%s\n", pw->pw_dir, pw->pw_shell);
  return 0;
}
