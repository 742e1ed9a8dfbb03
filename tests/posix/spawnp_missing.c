/* spawnp_missing: posix_spawnp(3) of programs that cannot run (not on PATH, a
 * directory, a file without the x bit, an executable file that is no program:
 * ENOEXEC, glibc 2.15 on no longer hands it to /bin/sh) and of one that exits with a status, each
 * reported with the error number and strerror.
 *
 * Not obvious: the error is posix_spawnp's return value (glibc reports the child's
 * failed exec there, and reaps that child itself); POSIX does not say what errno
 * holds then, and glibc leaves the same error there.
 */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

static void try(const char *file, char *argv[]) {
  pid_t pid = -1;
  errno = 0;
  int ret = posix_spawnp(&pid, file, NULL, NULL, argv, environ);
  if (ret != 0) {
    printf("%s: error %d (%s), errno %d\n", file, ret, strerror(ret), errno);
    return;
  }
  int status;
  waitpid(pid, &status, 0);
  printf("%s: ran, exit status %d\n", file, WEXITSTATUS(status));
}

int main(void) {
  char *args[] = {"prog", NULL};
  char *sh_args[] = {"sh", "-c", "exit 42", NULL};
  try("sysgate-no-such-program", args);
  try("./no-such-file", args);
  try("/", args);
  try("./plain.txt", args); /* made by the test: not executable */
  try("./noexec", args);    /* made by the test: executable, but no program */
  try("sh", sh_args);
  return 0;
}
