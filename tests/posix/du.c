/* du: sum the apparent sizes (st_size) of the files under directories, like du -b,
 * printing each directory's total, deepest first. Lists each directory with
 * scandir(3) and alphasort(3), so the order is the names' order.
 *
 * Not obvious: scandir returns an array of malloc'd entries and the array itself
 * is malloc'd too; both are freed. Directory sizes themselves are not counted, as
 * they depend on the file system.
 */
#include <dirent.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int all, status;

static int not_dots(const struct dirent *e) {
  return strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
}

static long long walk(const char *dir) {
  struct dirent **names;
  int n = scandir(dir, &names, not_dots, alphasort);
  if (n < 0) {
    warn("cannot read directory '%s'", dir);
    status = 1;
    return 0;
  }
  long long total = 0;
  for (int i = 0; i < n; i++) {
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
    if (lstat(path, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        total += walk(path);
      } else {
        total += st.st_size;
        if (all)
          printf("%lld\t%s\n", (long long)st.st_size, path);
      }
    }
    free(names[i]);
  }
  free(names);
  printf("%lld\t%s\n", total, dir);
  return total;
}

int main(int argc, char *argv[]) {
  int opt;
  while ((opt = getopt(argc, argv, "a")) != -1) {
    if (opt != 'a')
      return 1;
    all = 1;
  }
  long long grand = 0;
  for (int i = optind; i < argc; i++)
    grand += walk(argv[i]);
  if (optind == argc)
    grand = walk(".");
  if (argc - optind > 1)
    printf("%lld\ttotal\n", grand);
  return status;
}
