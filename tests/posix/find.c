/* find: walk directory trees with nftw(3) and print what is found, like find(1)
 * with -type f|d|l, -maxdepth N and -size (prints sizes). Also counts what it saw.
 *
 * Not obvious: FTW_PHYS makes nftw report symbolic links as FTW_SL instead of
 * following them; without it a link to a directory would be walked twice.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char want_type;
static int max_depth = -1, show_size;
static long files, dirs, others;

static int visit(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  char type = flag == FTW_D || flag == FTW_DNR ? 'd'
              : flag == FTW_SL                 ? 'l'
              : flag == FTW_F                  ? 'f'
                                               : '?';
  if (max_depth >= 0 && ftw->level > max_depth)
    return 0;
  if (type == 'f')
    files++;
  else if (type == 'd')
    dirs++;
  else
    others++;
  if (want_type && type != want_type)
    return 0;
  if (show_size)
    printf("%c %d %8lld %s\n", type, ftw->level, type == 'f' ? (long long)st->st_size : 0LL, path);
  else
    printf("%s\n", path);
  return 0;
}

int main(int argc, char *argv[]) {
  int i = 1;
  const char *root = ".";
  if (i < argc && argv[i][0] != '-')
    root = argv[i++];
  for (; i < argc; i++) {
    if (strcmp(argv[i], "-type") == 0 && i + 1 < argc)
      want_type = argv[++i][0];
    else if (strcmp(argv[i], "-maxdepth") == 0 && i + 1 < argc)
      max_depth = atoi(argv[++i]);
    else if (strcmp(argv[i], "-size") == 0)
      show_size = 1;
    else {
      fprintf(stderr, "find: unknown predicate '%s'\n", argv[i]);
      return 1;
    }
  }
  if (nftw(root, visit, 16, FTW_PHYS) != 0) {
    perror(root);
    return 1;
  }
  fprintf(stderr, "%ld files, %ld directories, %ld others\n", files, dirs, others);
  return 0;
}
