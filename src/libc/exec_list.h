/* The argument list of execl(3), execle(3) and execlp(3) made into an array
 * (src/libc/execl.c), shared by execl.c and execvp.c.
 *
 * Not obvious: the array is a variable-length array in sysgate_exec_list's own frame,
 * so the exec happens from inside it, through run (execve or execvpe).
 */
#ifndef SYSGATE_LIBC_EXEC_LIST_H
#define SYSGATE_LIBC_EXEC_LIST_H

#include <stdarg.h>

/* run(target, {arg, the rest of ap up to NULL}, envp), where envp is the pointer after
 * the NULL when with_env, else environ. */
int sysgate_exec_list(const char *target, const char *arg, va_list ap, int with_env,
                      int (*run)(const char *, char *const[], char *const[]));

/* execvpe with the ENOEXEC fallback to /bin/sh when try_shell (execvp.c), without
 * it for posix_spawnp (spawn.c). */
int sysgate_execvpe_as(const char *file, char *const argv[], char *const envp[], int try_shell);

#endif
