/* scandir(3), scandirat, alphasort(3), versionsort: a directory's entries, filtered,
 * copied and sorted.
 *
 * Not obvious: compar takes pointers to the array's elements, which are themselves
 * pointers (const struct dirent **), so it cannot be handed to qsort as it is
 * typed; qsort_r passes it along as the argument of a comparison that calls it.
 */
#include <stddef.h>
#include <sysgate/dirent.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/malloc.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

typedef int entry_compare(const struct dirent **, const struct dirent **);

static int call_compare(const void *a, const void *b, void *compar) {
  return (*(entry_compare **)compar)((const struct dirent **)a, (const struct dirent **)b);
}

/* A copy as long as the name needs, as glibc's: not sizeof(struct dirent). */
static struct dirent *copy_entry(const struct dirent *e) {
  size_t size = offsetof(struct dirent, d_name) + strlen(e->d_name) + 1;
  struct dirent *copy = malloc(size);
  return copy ? memcpy(copy, e, size) : NULL;
}

int scandirat(int dirfd, const char *path, struct dirent ***namelist,
              int (*filter)(const struct dirent *), entry_compare *compar) {
  int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  DIR *dir = fdopendir(fd);
  if (dir == NULL) {
    int error = errno;
    close(fd);
    errno = error;
    return -1;
  }
  struct dirent **list = NULL;
  size_t count = 0, capacity = 0;
  int saved = errno, failed = 0;
  errno = 0;
  for (;;) {
    struct dirent *e = readdir(dir);
    if (e == NULL) {
      failed = errno != 0; /* readdir's error, not the end */
      break;
    }
    if (filter != NULL && !filter(e))
      continue;
    if (count == capacity) {
      size_t more = capacity ? capacity * 2 : 16;
      struct dirent **bigger = reallocarray(list, more, sizeof *list);
      if (bigger == NULL) {
        failed = 1;
        break;
      }
      list = bigger;
      capacity = more;
    }
    if ((list[count] = copy_entry(e)) == NULL) {
      failed = 1;
      break;
    }
    count++;
  }
  if (failed || count > __INT_MAX__) {
    int error = count > __INT_MAX__ ? EOVERFLOW : errno;
    while (count > 0)
      free(list[--count]);
    free(list);
    closedir(dir);
    errno = error;
    return -1;
  }
  closedir(dir);
  if (compar != NULL && count > 1)
    qsort_r(list, count, sizeof *list, call_compare, &compar);
  errno = saved;
  *namelist = list;
  return (int)count;
}

int scandir(const char *path, struct dirent ***namelist, int (*filter)(const struct dirent *),
            entry_compare *compar) {
  return scandirat(AT_FDCWD, path, namelist, filter, compar);
}

int alphasort(const struct dirent **a, const struct dirent **b) {
  return strcoll((*a)->d_name, (*b)->d_name);
}

int versionsort(const struct dirent **a, const struct dirent **b) {
  return strverscmp((*a)->d_name, (*b)->d_name);
}
