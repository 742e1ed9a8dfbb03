/* msgq: a System V message queue between a parent and its child. The child
 * sends numbered requests of two types and a "done" message; the parent reads
 * the urgent ones first (by type), then the rest in order, prints each, shows
 * what msgctl(IPC_STAT) says, and removes the queue.
 *
 * Not obvious: msgsnd's size is the text's size, not the struct's: the long
 * mtype in front is not counted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define URGENT 1
#define NORMAL 2
#define DONE 3

struct message {
  long mtype;
  char mtext[64];
};

static int send_text(int qid, long type, const char *text) {
  struct message m;
  m.mtype = type;
  snprintf(m.mtext, sizeof m.mtext, "%s", text);
  return msgsnd(qid, &m, strlen(m.mtext) + 1, 0);
}

int main(void) {
  int qid = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  if (qid == -1) {
    perror("msgget");
    return 1;
  }
  pid_t pid = fork();
  if (pid == -1) {
    perror("fork");
    msgctl(qid, IPC_RMID, NULL);
    return 1;
  }
  if (pid == 0) {
    char text[32];
    for (int i = 1; i <= 4; i++) {
      snprintf(text, sizeof text, "request %d", i);
      if (send_text(qid, i % 2 ? NORMAL : URGENT, text) == -1)
        _exit(1);
    }
    _exit(send_text(qid, DONE, "done") == -1);
  }
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "child failed\n");
    msgctl(qid, IPC_RMID, NULL);
    return 1;
  }

  struct msqid_ds ds;
  if (msgctl(qid, IPC_STAT, &ds) == -1) {
    perror("msgctl IPC_STAT");
    return 1;
  }
  printf("queued: %lu messages, %lu bytes, mode %o, sender is the child: %s\n",
         (unsigned long)ds.msg_qnum, (unsigned long)ds.msg_cbytes, ds.msg_perm.mode & 0777,
         ds.msg_lspid == pid ? "yes" : "no");

  struct message m;
  ssize_t n;
  while ((n = msgrcv(qid, &m, sizeof m.mtext, URGENT, IPC_NOWAIT)) != -1)
    printf("urgent: %s (%zd bytes)\n", m.mtext, n);
  for (;;) {
    n = msgrcv(qid, &m, sizeof m.mtext, -NORMAL - 1, 0); /* the lowest type first */
    if (n == -1) {
      perror("msgrcv");
      break;
    }
    if (m.mtype == DONE)
      break;
    printf("normal: %s (%zd bytes)\n", m.mtext, n);
  }
  printf("last: %s\n", m.mtext);
  if (msgrcv(qid, &m, sizeof m.mtext, 0, IPC_NOWAIT) == -1)
    perror("msgrcv on an empty queue");
  m.mtype = 0;
  if (msgsnd(qid, &m, 1, 0) == -1)
    perror("msgsnd with type 0");

  if (msgctl(qid, IPC_RMID, NULL) == -1) {
    perror("msgctl IPC_RMID");
    return 1;
  }
  if (msgsnd(qid, &m, 1, 0) == -1)
    perror("msgsnd after IPC_RMID");
  return 0;
}
