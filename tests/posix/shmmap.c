/* shmmap: POSIX shared memory with shm_open, ftruncate and mmap, shared by a
 * parent and its child. The child maps the object by name and fills a table;
 * the parent reads it through its own mapping, then unlinks the name.
 *
 * Not obvious: a new object has size 0 (ftruncate gives it one), and the
 * descriptor is close-on-exec (FD_CLOEXEC) without asking, as glibc opens it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define COUNT 16

struct table {
  int ready;
  long squares[COUNT];
};

int main(void) {
  struct stat st;
  if (stat("/dev/shm", &st) == -1) {
    printf("no /dev/shm here: nothing to try\n");
    return 0;
  }
  char name[64];
  snprintf(name, sizeof name, "/shmmap-example-%ld", (long)getpid());
  int fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600);
  if (fd == -1) {
    perror("shm_open");
    return 1;
  }
  fstat(fd, &st);
  printf("new object: size %lld, mode %o, close-on-exec: %s\n", (long long)st.st_size,
         (unsigned)st.st_mode & 0777, fcntl(fd, F_GETFD) & FD_CLOEXEC ? "yes" : "no");
  if (ftruncate(fd, sizeof(struct table)) == -1) {
    perror("ftruncate");
    shm_unlink(name);
    return 1;
  }
  struct table *t = mmap(NULL, sizeof *t, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  if (t == MAP_FAILED) {
    perror("mmap");
    shm_unlink(name);
    return 1;
  }
  close(fd);

  pid_t pid = fork();
  if (pid == 0) {
    int cfd = shm_open(name, O_RDWR, 0);
    if (cfd == -1)
      _exit(1);
    struct table *c = mmap(NULL, sizeof *c, PROT_READ | PROT_WRITE, MAP_SHARED, cfd, 0);
    if (c == MAP_FAILED)
      _exit(2);
    for (int i = 0; i < COUNT; i++)
      c->squares[i] = (long)i * i;
    c->ready = 1;
    munmap(c, sizeof *c);
    _exit(0);
  }
  int status;
  waitpid(pid, &status, 0);
  printf("child exited with %d, table ready: %s\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1,
         t->ready ? "yes" : "no");
  long sum = 0;
  for (int i = 0; i < COUNT; i++)
    sum += t->squares[i];
  printf("squares: %ld %ld ... %ld, sum %ld\n", t->squares[1], t->squares[2], t->squares[COUNT - 1],
         sum);

  if (shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600) == -1)
    printf("create again: %s\n", strerror(errno));
  if (shm_open("bad/name", O_RDONLY, 0) == -1)
    printf("a name with '/': %s\n", strerror(errno));
  if (shm_unlink(name) == -1)
    perror("shm_unlink");
  if (shm_open(name, O_RDWR, 0) == -1)
    printf("open after unlink: %s\n", strerror(errno));
  printf("the mapping outlives the name: %ld\n", t->squares[3]);
  munmap(t, sizeof *t);
  return 0;
}
