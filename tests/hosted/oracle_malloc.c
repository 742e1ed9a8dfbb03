/* glibc-side helpers of test_malloc*.c (oracle_malloc.h). This file includes glibc's
 * headers and never sysgate's.
 *
 * Not obvious: /proc/self/maps is read with read(2) into a static buffer, not stdio,
 * whose buffer would come from glibc's malloc and could add a mapping of its own to
 * the count being taken. And glibc's functions are called through volatile pointers
 * (ORACLE_MALLOC_DEFINE), or clang loses the errno they set.
 */
#define _GNU_SOURCE
#include "oracle_malloc.h"

#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* As ORACLE_DEFINE, through a volatile pointer: clang takes glibc's allocation functions
 * to write no memory the program can see, errno included, and would fold the errno read
 * after the call into the 0 stored before it. */
#define ORACLE_MALLOC_DEFINE(T, name, params, args)                                                \
  static __typeof__(name) *volatile name##_ptr = name;                                             \
  T glibc_##name params {                                                                          \
    errno = 0;                                                                                     \
    T r = name##_ptr args;                                                                         \
    *err = errno;                                                                                  \
    return r;                                                                                      \
  }
ORACLE_MALLOC_CALLS(ORACLE_MALLOC_DEFINE)

void glibc_free(void *p) {
  free(p);
}

size_t glibc_malloc_usable_size(void *p) {
  return malloc_usable_size(p);
}

static char maps[1 << 20];

unsigned long oracle_anon_mapped(void) {
  int fd = open("/proc/self/maps", O_RDONLY);
  if (fd < 0)
    return 0;
  size_t len = 0;
  ssize_t n;
  while (len < sizeof maps - 1 && (n = read(fd, maps + len, sizeof maps - 1 - len)) > 0)
    len += (size_t)n;
  close(fd);
  maps[len] = '\0';
  unsigned long total = 0;
  for (char *line = maps; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : 0) {
    unsigned long s, e, inode;
    int path = 0;
    /* start-end perms offset dev inode [path] */
    if (sscanf(line, "%lx-%lx %*s %*s %*s %lu%n", &s, &e, &inode, &path) < 3 || path == 0)
      continue;
    while (line[path] == ' ' || line[path] == '\t') /* not \n: a lone " " would skip it */
      path++;
    if (inode == 0 && (line[path] == '\n' || line[path] == '\0'))
      total += e - s;
  }
  return total;
}

int oracle_child_signal(void (*fn)(void *), void *arg, char *msg, unsigned long len) {
  int fds[2];
  if (pipe(fds) != 0)
    return -1;
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    close(fds[1]);
    fn(arg);
    _exit(0);
  }
  close(fds[1]);
  size_t got = 0;
  ssize_t n;
  while (got + 1 < len && (n = read(fds[0], msg + got, len - 1 - got)) > 0)
    got += (size_t)n;
  msg[got] = '\0';
  close(fds[0]);
  int status;
  if (waitpid(pid, &status, 0) != pid)
    return -1;
  return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}
