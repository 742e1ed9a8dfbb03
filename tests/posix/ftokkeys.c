/* ftokkeys: System V keys from files with ftok(3): the same file and project
 * id give the same key, another project id another key, a missing file an
 * error; then a queue made with the key is found again through it.
 *
 * Not obvious: a key's value depends on the file's inode and device numbers,
 * which differ from run to run, so only comparisons are printed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/types.h>

int main(int argc, char *argv[]) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s file other-file [missing-file]\n", argv[0]);
    return 2;
  }
  key_t a = ftok(argv[1], 'A');
  key_t b = ftok(argv[1], 'A');
  key_t c = ftok(argv[1], 'B');
  key_t d = ftok(argv[2], 'A');
  if (a == -1 || c == -1 || d == -1) {
    perror("ftok");
    return 1;
  }
  printf("same file, same id: %s\n", a == b ? "same key" : "different keys");
  printf("same file, other id: %s\n", a == c ? "same key" : "different keys");
  printf("other file, same id: %s\n", a == d ? "same key" : "different keys");
  printf("id in the top byte: %s\n", ((unsigned)c >> 24) == 'B' ? "yes" : "no");
  printf("ids 'A' and 'A' + 256 agree: %s\n", ftok(argv[1], 'A' + 256) == a ? "yes" : "no");
  if (argc > 3 && ftok(argv[3], 'A') == -1)
    perror(argv[3]);

  int q = msgget(a, IPC_CREAT | IPC_EXCL | 0600);
  if (q == -1) {
    perror("msgget IPC_CREAT|IPC_EXCL");
    return 1;
  }
  printf("found again by key: %s\n", msgget(b, 0) == q ? "yes" : "no");
  if (msgget(a, IPC_CREAT | IPC_EXCL | 0600) == -1)
    perror("msgget again");
  struct msqid_ds ds;
  if (msgctl(q, IPC_STAT, &ds) == 0)
    printf("its key is the ftok key: %s\n", ds.msg_perm.__key == a ? "yes" : "no");
  msgctl(q, IPC_RMID, NULL);
  if (msgget(a, 0) == -1)
    perror("msgget after removal");
  return 0;
}
