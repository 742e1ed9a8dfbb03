/* realpath(3): the canonical absolute path, by walking it a component at a time.
 *
 * Not obvious: the walk asks readlink(2) about each component it appends, as glibc's does (its
 * canonicalize.c after gnulib's): EINVAL means "exists, not a link", a link's text is put in front
 * of the components still to walk (at most 40 links: then ELOOP, Linux's MAXSYMLINKS), and any
 * other error (ENOENT, ENOTDIR, EACCES, ENAMETOOLONG) is the answer. (the rest: docs/libc.md)
 */
#include <sysgate/errno.h>
#include <sysgate/malloc.h>
#include <sysgate/path.h>
#include <sysgate/stat.h>
#include <sysgate/stdlib_posix.h>
#include <sysgate/string.h>

enum { PATH_MAX_BYTES = 4096, MAX_LINKS = 40 };

static char *fail(int error) {
  errno = error;
  return NULL;
}

/* The walk; resolved is where the answer goes. todo holds the path still to walk and
 * is reallocated when a link's text goes in front of it. */
static char *walk(const char *path, char *resolved, char **todo_p) {
  char out[PATH_MAX_BYTES]; /* the resolved prefix, "" for "/", never ending in '/' */
  char link[PATH_MAX_BYTES];
  size_t pathlen = strlen(path), todo_cap = pathlen + 1, outlen = 0;
  char *todo = *todo_p = malloc(todo_cap);
  if (todo == NULL)
    return fail(ENOMEM);
  memcpy(todo, path, pathlen + 1);
  if (path[0] != '/') {
    if (getcwd(out, sizeof out) == NULL)
      return NULL;
    outlen = strlen(out);
    if (outlen == 1) /* the root itself */
      outlen = 0;
  }
  out[outlen] = '\0';

  int links = 0;
  char *p = todo;
  for (;;) {
    while (*p == '/')
      p++;
    if (*p == '\0')
      break;
    char *end = p;
    while (*end != '\0' && *end != '/')
      end++;
    size_t len = (size_t)(end - p);
    int more = *end == '/'; /* anything after it, even a lone slash, needs a directory */
    if (len == 1 && p[0] == '.') {
      p = end;
      continue;
    }
    if (len == 2 && p[0] == '.' && p[1] == '.') {
      while (outlen > 0 && out[--outlen] != '/')
        ;
      out[outlen] = '\0';
      p = end;
      continue;
    }
    if (outlen + 1 + len >= sizeof out)
      return fail(ENAMETOOLONG);
    out[outlen] = '/';
    memcpy(out + outlen + 1, p, len);
    out[outlen + 1 + len] = '\0';

    long n = sys_readlink(out, link, sizeof link - 1);
    if (n >= 0) {
      if (++links > MAX_LINKS)
        return fail(ELOOP);
      size_t restlen = strlen(end);
      size_t need = (size_t)n + restlen + 1;
      if (need > todo_cap) {
        size_t offset = (size_t)(end - todo);
        char *grown = realloc(todo, need);
        if (grown == NULL)
          return fail(ENOMEM);
        todo = *todo_p = grown;
        todo_cap = need;
        end = todo + offset;
      }
      memmove(todo + n, end, restlen + 1); /* the rest, after the link's text */
      memcpy(todo, link, (size_t)n);
      p = todo;
      if (link[0] == '/')
        outlen = 0;
      out[outlen] = '\0';
      continue;
    }
    if (n != -EINVAL)
      return fail((int)-n);
    outlen += 1 + len;
    if (more) {
      struct stat st;
      if (stat(out, &st) != 0)
        return NULL;
      if (!S_ISDIR(st.st_mode))
        return fail(ENOTDIR);
    }
    p = end;
  }
  if (outlen == 0) {
    out[0] = '/';
    out[1] = '\0';
    outlen = 1;
  }
  if (resolved == NULL) {
    resolved = malloc(outlen + 1);
    if (resolved == NULL)
      return fail(ENOMEM);
  }
  return memcpy(resolved, out, outlen + 1);
}

char *realpath(const char *restrict path, char *restrict resolved) {
  if (path == NULL)
    return fail(EINVAL);
  if (*path == '\0')
    return fail(ENOENT);
  char *todo = NULL;
  char *r = walk(path, resolved, &todo);
  int error = errno;
  free(todo);
  errno = error;
  return r;
}
