/* ls: list directories the way a small ls(1) does: names sorted, -a for dot files,
 * -l for mode, links, size and modification time, -d for the operands themselves.
 * Uses opendir(3), readdir(3), lstat(2), qsort(3), strftime(3) and localtime(3).
 *
 * Not obvious: readdir's order is the file system's, not alphabetical, so the names
 * are collected and sorted before anything is printed.
 */
#include <dirent.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int all, longform;

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mode_string(mode_t m, char out[11]) {
  out[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISFIFO(m) ? 'p' : '-';
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++)
    out[i + 1] = (m & (0400 >> i)) ? rwx[i] : '-';
  out[10] = '\0';
}

static void show(const char *dir, const char *name) {
  if (!longform) {
    printf("%s\n", name);
    return;
  }
  char path[4096];
  struct stat st;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (lstat(path, &st) != 0) {
    warn("cannot access '%s'", path);
    return;
  }
  char mode[11], when[64];
  mode_string(st.st_mode, mode);
  strftime(when, sizeof when, "%b %e %Y %H:%M", localtime(&st.st_mtime));
  printf("%s %2lu %8lld %s %s\n", mode, (unsigned long)st.st_nlink, (long long)st.st_size, when,
         name);
}

static int list(const char *dir) {
  DIR *d = opendir(dir);
  if (d == NULL) {
    warn("cannot open directory '%s'", dir);
    return 2;
  }
  size_t n = 0, cap = 16;
  char **names = malloc(cap * sizeof *names);
  if (names == NULL)
    err(2, "malloc");
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' && !all)
      continue;
    if (n == cap) {
      cap *= 2;
      names = realloc(names, cap * sizeof *names);
      if (names == NULL)
        err(2, "realloc");
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++) {
    show(dir, names[i]);
    free(names[i]);
  }
  free(names);
  return 0;
}

int main(int argc, char *argv[]) {
  int opt, status = 0;
  while ((opt = getopt(argc, argv, "al")) != -1) {
    switch (opt) {
    case 'a':
      all = 1;
      break;
    case 'l':
      longform = 1;
      break;
    default:
      fprintf(stderr, "usage: ls [-al] [dir...]\n");
      return 2;
    }
  }
  if (optind == argc)
    return list(".");
  for (int i = optind; i < argc; i++) {
    if (argc - optind > 1)
      printf("%s%s:\n", i > optind ? "\n" : "", argv[i]);
    int s = list(argv[i]);
    if (s > status)
      status = s;
  }
  return status;
}
