/* walk: prints a file tree with nftw (and counts it again with ftw), the way people
 * write C for glibc: each entry's kind, depth and name, directories before or after
 * their contents.
 *
 *   walk [-d] [-p] dir   -d: FTW_DEPTH (contents first), -p: FTW_PHYS (links as links)
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <string.h>

static const char *kind(int type) {
  switch (type) {
  case FTW_F:
    return "file";
  case FTW_D:
    return "dir";
  case FTW_DP:
    return "dir-after";
  case FTW_DNR:
    return "unreadable";
  case FTW_NS:
    return "no-stat";
  case FTW_SL:
    return "link";
  case FTW_SLN:
    return "dangling";
  }
  return "?";
}

static int show(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st;
  printf("%*s%s %s\n", 2 * ftw->level, "", kind(type), path + ftw->base);
  return 0;
}

static int files;

static int count(const char *path, const struct stat *st, int type) {
  (void)path;
  (void)st;
  files += type == FTW_F;
  return 0;
}

int main(int argc, char **argv) {
  int flags = 0, i = 1;
  for (; i < argc && argv[i][0] == '-'; i++)
    flags |= strcmp(argv[i], "-d") == 0 ? FTW_DEPTH : strcmp(argv[i], "-p") == 0 ? FTW_PHYS : 0;
  if (i != argc - 1) {
    fprintf(stderr, "usage: walk [-d] [-p] dir\n");
    return 2;
  }
  if (nftw(argv[i], show, 8, flags) != 0) {
    perror(argv[i]);
    return 1;
  }
  if (ftw(argv[i], count, 8) != 0)
    return 1;
  printf("%d files\n", files);
  return 0;
}
