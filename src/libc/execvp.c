/* execvp(3), execvpe(3), execlp(3): execve(2) after a search of PATH; and the
 * same search for posix_spawnp(3), which runs no script through /bin/sh.
 *
 * Not obvious, all as glibc's (posix/execvpe.c): PATH unset means "/bin:/usr/bin" (confstr's
 * _CS_PATH) and an empty entry means the current directory. A directory where the file is missing
 * or unreachable (ENOENT, ENOTDIR, ESTALE, ENODEV, ETIMEDOUT) is passed over, and so is one where
 * it may not be run (EACCES), though then EACCES is the error if nothing later works. Any other
 * error stops the search. (the rest: docs/libc.md)
 */
#include <stdarg.h>
#include <sysgate/errno.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>
#include <sysgate/unistd_posix.h>

#include "exec_list.h"

enum { NAME_MAX_BYTES = 255, PATH_MAX_BYTES = 4096 };

static void run_as_script(const char *file, char *const argv[], char *const envp[]) {
  size_t argc = 0;
  while (argv[argc] != NULL)
    argc++;
  char *sh_argv[argc + 2];
  sh_argv[0] = "/bin/sh";
  sh_argv[1] = (char *)file;
  for (size_t i = 1; i <= argc; i++) /* argv[1] .. and the NULL */
    sh_argv[i + 1] = argv[i];
  if (argc == 0)
    sh_argv[2] = NULL;
  execve("/bin/sh", sh_argv, envp);
}

int sysgate_execvpe_as(const char *file, char *const argv[], char *const envp[], int try_shell) {
  if (*file == '\0') {
    errno = ENOENT;
    return -1;
  }
  if (strchr(file, '/') != NULL) {
    execve(file, argv, envp);
    if (errno == ENOEXEC && try_shell)
      run_as_script(file, argv, envp);
    return -1;
  }
  const char *path = getenv("PATH");
  if (path == NULL)
    path = "/bin:/usr/bin";
  size_t file_len = strnlen(file, NAME_MAX_BYTES + 1);
  size_t path_len = strnlen(path, PATH_MAX_BYTES - 1);
  if (file_len > NAME_MAX_BYTES) {
    errno = ENAMETOOLONG;
    return -1;
  }
  char buf[path_len + 1 + file_len + 1];
  int got_eacces = 0;
  for (const char *p = path;;) {
    const char *end = p;
    while (*end != '\0' && *end != ':')
      end++;
    size_t dir_len = (size_t)(end - p);
    if (dir_len <= path_len) { /* a PATH longer than that is cut, as in glibc */
      memcpy(buf, p, dir_len);
      size_t at = dir_len;
      if (dir_len > 0)
        buf[at++] = '/';
      memcpy(buf + at, file, file_len + 1);
      execve(buf, argv, envp);
      switch (errno) {
      case EACCES:
        got_eacces = 1;
        break;
      case ENOENT:
      case ESTALE:
      case ENOTDIR:
      case ENODEV:
      case ETIMEDOUT:
        break;
      case ENOEXEC:
        if (try_shell)
          run_as_script(buf, argv, envp);
        return -1;
      default:
        return -1;
      }
    }
    if (*end == '\0')
      break;
    p = end + 1;
  }
  if (got_eacces)
    errno = EACCES;
  return -1;
}

int execvpe(const char *file, char *const argv[], char *const envp[]) {
  return sysgate_execvpe_as(file, argv, envp, 1);
}

int execvp(const char *file, char *const argv[]) {
  return execvpe(file, argv, environ);
}

int execlp(const char *file, const char *arg, ...) {
  va_list ap;
  va_start(ap, arg);
  int r = sysgate_exec_list(file, arg, ap, 0, execvpe);
  va_end(ap);
  return r;
}
