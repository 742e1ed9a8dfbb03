/* basename(3) in its GNU and POSIX (__xpg_basename) forms, and dirname(3).
 *
 * Not obvious: the GNU form only looks: "a/b/" gives "" (nothing after the last '/'). The POSIX
 * forms write into the path: __xpg_basename cuts trailing slashes ("a/b/" gives "b", "///" gives
 * "/"), dirname cuts at the parent ("a/b" gives "a", "/a" gives "/", "a" and "" give "."). dirname
 * keeps a leading "//" as "//", since POSIX leaves a path that starts with exactly two slashes to
 * the implementation and glibc keeps it.
 */
#define _GNU_SOURCE /* the GNU basename's declaration, and with it its symbol name */
#include <stddef.h>
#include <sysgate/libgen.h>
#include <sysgate/string.h>

char *basename(const char *path) {
  const char *slash = strrchr(path, '/');
  return (char *)(slash != NULL ? slash + 1 : path);
}

char *__xpg_basename(char *path) {
  if (path == NULL || *path == '\0')
    return ".";
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/')
    len--;
  if (len == 1 && path[0] == '/')
    return "/";
  path[len] = '\0';
  char *slash = strrchr(path, '/');
  return slash != NULL ? slash + 1 : path;
}

char *dirname(char *path) {
  if (path == NULL)
    return ".";
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/') /* trailing slashes */
    len--;
  while (len > 0 && path[len - 1] != '/') /* the last component */
    len--;
  if (len == 0)
    return ".";
  while (len > 1 && path[len - 1] == '/') /* the slashes before it */
    len--;
  if (len == 1 && path[0] == '/' && path[1] == '/' && path[2] != '/')
    len = 2; /* exactly "//" in front */
  path[len] = '\0';
  return path;
}
