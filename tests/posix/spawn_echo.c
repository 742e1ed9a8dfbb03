/* spawn_echo: posix_spawn(3) of /bin/echo with its standard output sent to a file
 * by a file action, then the file printed; and the same with posix_spawnp(3) and
 * "echo" found through PATH, appending.
 *
 * Not obvious: posix_spawn returns the error number itself (0 on success) and does
 * not set errno, so the message comes from strerror(ret), not perror.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int run(int search, const char *file, int oflag, char *argv[]) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, file, O_WRONLY | O_CREAT | oflag, 0644);
  pid_t pid;
  int ret = search ? posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ)
                   : posix_spawn(&pid, "/bin/echo", &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (ret != 0) {
    printf("spawn failed: %s\n", strerror(ret));
    return -1;
  }
  int status;
  if (waitpid(pid, &status, 0) != pid) {
    perror("waitpid");
    return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void show(const char *file) {
  FILE *f = fopen(file, "r");
  if (f == NULL) {
    perror(file);
    return;
  }
  char line[256];
  int n = 0;
  while (fgets(line, sizeof line, f) != NULL)
    printf("%s line %d: %s", file, ++n, line);
  fclose(f);
}

int main(void) {
  char *first[] = {"echo", "hello", "from", "posix_spawn", NULL};
  char *second[] = {"echo", "-n", "found on PATH, no newline", NULL};
  printf("echo exited with %d\n", run(0, "out.txt", O_TRUNC, first));
  printf("echo exited with %d\n", run(1, "out.txt", O_APPEND, second));
  show("out.txt");
  printf("\n");
  /* A file action that cannot be done: the open fails in the child. */
  printf("status %d\n", run(0, "no/such/dir/out.txt", O_TRUNC, first));
  return 0;
}
