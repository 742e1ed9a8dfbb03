/* futex_pair: a futex(2) wait/wake pair between a parent and a forked child over
 * a word in a shared anonymous mapping, with <linux/futex.h> and
 * syscall(__NR_futex, ...); and a wait whose expected value is already stale.
 *
 * Not obvious: FUTEX_WAIT sleeps only if the word still holds the value given,
 * checked by the kernel under its lock, so a wake that comes first is not lost:
 * the wait then fails at once with EAGAIN. The waiter loops on the word, since a
 * wait may also end early (a signal, a spurious wake). No FUTEX_PRIVATE_FLAG: the
 * two processes do not share an address space, only this page.
 */
#include <asm/unistd.h>
#include <errno.h>
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long futex(uint32_t *word, int op, uint32_t val) {
  return syscall(__NR_futex, word, op, val, NULL, NULL, 0);
}

int main(void) {
  uint32_t *word = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (word == MAP_FAILED) {
    perror("mmap");
    return 1;
  }
  *word = 0;
  errno = 0;
  long r = futex(word, FUTEX_WAIT, 7); /* the word is 0, not 7 */
  printf("wait for 7 while it is 0: %ld (%s)\n", r, strerror(errno));
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    while (__atomic_load_n(word, __ATOMIC_ACQUIRE) == 0)
      futex(word, FUTEX_WAIT, 0);
    printf("child: woke with the word at %u\n", (unsigned)*word);
    return 0;
  }
  usleep(20000); /* usually the child is asleep by now; the result is the same if not */
  __atomic_store_n(word, 42, __ATOMIC_RELEASE);
  r = futex(word, FUTEX_WAKE, 1);
  int status;
  waitpid(pid, &status, 0);
  printf("parent: woke %s, child exited with %d\n", r <= 1 ? "at most one" : "too many",
         WEXITSTATUS(status));
  munmap(word, 4096);
  return 0;
}
