/* unixecho: an echo server and client over AF_UNIX sockets, twice: a
 * socketpair(2) shared with a forked child, then a named socket (bind(2),
 * listen(2), accept(2), connect(2)) on a path in the working directory.
 *
 * Not obvious: the client may connect before the server calls accept, as
 * soon as listen has run: the kernel queues the connection (listen(2),
 * backlog). So the server listens before it forks the client, and no sleep
 * is needed to order them.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define SOCK_PATH "echo.sock"

/* Echoes what arrives on fd, upper-cased, until the peer shuts down. */
static void serve(int fd) {
  char buf[256];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    for (ssize_t i = 0; i < n; i++)
      if (buf[i] >= 'a' && buf[i] <= 'z')
        buf[i] = (char)(buf[i] - 'a' + 'A');
    if (write(fd, buf, (size_t)n) != n) {
      perror("write");
      exit(1);
    }
  }
}

/* Sends each message and prints the reply. */
static int ask(int fd, const char *who) {
  const char *msgs[] = {"hello", "unix sockets", "bye"};
  for (int i = 0; i < 3; i++) {
    char reply[256];
    size_t len = strlen(msgs[i]);
    if (write(fd, msgs[i], len) != (ssize_t)len) {
      perror("write");
      return 1;
    }
    size_t got = 0;
    while (got < len) {
      ssize_t n = read(fd, reply + got, sizeof reply - got);
      if (n <= 0) {
        fprintf(stderr, "%s: short reply\n", who);
        return 1;
      }
      got += (size_t)n;
    }
    printf("%s: sent \"%s\", got \"%.*s\"\n", who, msgs[i], (int)got, reply);
  }
  return 0;
}

static int wait_child(pid_t pid) {
  int status;
  if (waitpid(pid, &status, 0) != pid) {
    perror("waitpid");
    return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int with_socketpair(void) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0) {
    perror("socketpair");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(sv[0]);
    serve(sv[1]);
    _exit(0);
  }
  close(sv[1]);
  int r = ask(sv[0], "pair");
  shutdown(sv[0], SHUT_WR);
  close(sv[0]);
  printf("pair: server exited with %d\n", wait_child(pid));
  return r;
}

static int with_path(void) {
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  strncpy(addr.sun_path, SOCK_PATH, sizeof addr.sun_path - 1);
  socklen_t len = (socklen_t)SUN_LEN(&addr);

  int srv = socket(AF_UNIX, SOCK_STREAM, 0);
  if (srv < 0 || bind(srv, (struct sockaddr *)&addr, len) < 0 || listen(srv, 5) < 0) {
    perror("server socket");
    return 1;
  }
  /* A second bind to the same path fails: the socket file exists. */
  int again = socket(AF_UNIX, SOCK_STREAM, 0);
  if (bind(again, (struct sockaddr *)&addr, len) < 0)
    printf("second bind: %s\n", strerror(errno));
  close(again);

  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(srv);
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    if (c < 0 || connect(c, (struct sockaddr *)&addr, sizeof addr) < 0) {
      perror("connect");
      _exit(2);
    }
    int r = ask(c, "path");
    close(c);
    fflush(stdout);
    _exit(r);
  }
  struct sockaddr_un peer;
  socklen_t peer_len = sizeof peer;
  int conn = accept(srv, (struct sockaddr *)&peer, &peer_len);
  if (conn < 0) {
    perror("accept");
    return 1;
  }
  /* The client never bound: its address is the family alone. */
  printf("path: accepted, peer address length %u, family %s\n", (unsigned)peer_len,
         peer.sun_family == AF_UNIX ? "AF_UNIX" : "other");
  fflush(stdout);
  serve(conn);
  close(conn);
  close(srv);
  printf("path: client exited with %d\n", wait_child(pid));
  if (unlink(SOCK_PATH) < 0) {
    perror("unlink");
    return 1;
  }
  return 0;
}

int main(void) {
  int r = with_socketpair();
  return r ? r : with_path();
}
