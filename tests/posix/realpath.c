/* realpath: print the canonical absolute form of paths, with symbolic links, "."
 * and ".." resolved, like realpath(1). Uses realpath(3) with a NULL buffer, which
 * returns malloc'd memory, and getcwd(3) for -r (print relative to the current
 * directory when inside it).
 *
 * Not obvious: every component must exist; a missing one fails with ENOENT, and a
 * file used as a directory with ENOTDIR.
 */
#include <err.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int relative = 0, opt, status = 0;
  while ((opt = getopt(argc, argv, "r")) != -1) {
    if (opt != 'r')
      return 1;
    relative = 1;
  }
  char cwd[PATH_MAX];
  if (getcwd(cwd, sizeof cwd) == NULL)
    err(1, "getcwd");
  size_t cl = strlen(cwd);
  for (int i = optind; i < argc; i++) {
    char *path = realpath(argv[i], NULL);
    if (path == NULL) {
      warn("%s", argv[i]);
      status = 1;
      continue;
    }
    if (relative && strncmp(path, cwd, cl) == 0 && (path[cl] == '/' || path[cl] == '\0'))
      printf(".%s\n", path + cl);
    else
      printf("%s\n", path);
    free(path);
  }
  return status;
}
