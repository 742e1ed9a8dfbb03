/* mktemp: create a unique temporary file (mkstemp(3)) or directory (mkdtemp(3))
 * from a template ending in XXXXXX, like mktemp(1). The name is random, so what is
 * printed is checked facts about it: its length, its prefix, what it is, its mode.
 *
 * Not obvious: mkstemp creates the file with mode 0600 whatever the umask allows,
 * mkdtemp the directory with 0700.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
  int dir = 0, opt;
  while ((opt = getopt(argc, argv, "d")) != -1) {
    if (opt != 'd')
      return 1;
    dir = 1;
  }
  if (optind != argc - 1)
    errx(1, "usage: mktemp [-d] TEMPLATE");
  char name[4096]; /* a copy: mkstemp and mkdtemp write the X's over */
  size_t len = strlen(argv[optind]);
  if (len >= sizeof name)
    errx(1, "template too long");
  memcpy(name, argv[optind], len + 1);
  if (dir) {
    if (mkdtemp(name) == NULL)
      err(1, "failed to create directory via template '%s'", argv[optind]);
  } else {
    int fd = mkstemp(name);
    if (fd < 0)
      err(1, "failed to create file via template '%s'", argv[optind]);
    if (write(fd, "x", 1) != 1)
      err(1, "write");
    close(fd);
  }
  struct stat st;
  if (stat(name, &st) != 0)
    err(1, "stat %s", name);
  int same_prefix = strncmp(name, argv[optind], len - 6) == 0;
  int replaced = strcmp(name + len - 6, "XXXXXX") != 0;
  printf("%s: length %zu, prefix kept %d, X replaced %d, mode %o, size %lld\n",
         S_ISDIR(st.st_mode) ? "directory" : "file", strlen(name), same_prefix, replaced,
         (unsigned)(st.st_mode & 0777), S_ISDIR(st.st_mode) ? 0LL : (long long)st.st_size);
  if ((dir ? rmdir(name) : unlink(name)) != 0)
    err(1, "remove %s", name);
  return 0;
}
