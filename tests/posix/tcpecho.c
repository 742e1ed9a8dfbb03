/* tcpecho: a TCP echo server on 127.0.0.1 with a port the kernel picks
 * (bind to port 0, then getsockname(2)), and a forked client that connects
 * to it, sends lines and prints what comes back.
 *
 * Not obvious: the port is in network byte order in sockaddr_in (ntohs to
 * print it); it differs from run to run, so only its being nonzero is printed.
 * SO_REUSEADDR is set as servers usually do, so a rerun does not meet
 * EADDRINUSE from a connection still in TIME_WAIT.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int client(struct sockaddr_in *to) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0 || connect(fd, (struct sockaddr *)to, sizeof *to) < 0) {
    perror("client connect");
    return 1;
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  const char *lines[] = {"hello over tcp\n", "second line\n"};
  for (int i = 0; i < 2; i++) {
    size_t len = strlen(lines[i]);
    char reply[128];
    if (send(fd, lines[i], len, 0) != (ssize_t)len) {
      perror("send");
      return 1;
    }
    size_t got = 0;
    while (got < len) {
      ssize_t n = recv(fd, reply + got, sizeof reply - got, 0);
      if (n <= 0) {
        perror("recv");
        return 1;
      }
      got += (size_t)n;
    }
    printf("client got: %.*s", (int)got, reply);
  }
  close(fd);
  return 0;
}

int main(void) {
  int srv = socket(AF_INET, SOCK_STREAM, 0);
  if (srv < 0) {
    perror("socket");
    return 1;
  }
  int one = 1;
  if (setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0)
    perror("setsockopt");
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons(0);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, SOMAXCONN) < 0) {
    perror("bind/listen");
    return 1;
  }
  socklen_t len = sizeof addr;
  if (getsockname(srv, (struct sockaddr *)&addr, &len) < 0) {
    perror("getsockname");
    return 1;
  }
  char where[INET_ADDRSTRLEN];
  printf("listening on %s, port assigned: %s, address length %u\n",
         inet_ntop(AF_INET, &addr.sin_addr, where, sizeof where),
         ntohs(addr.sin_port) ? "yes" : "no", (unsigned)len);
  fflush(stdout);

  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(srv);
    int r = client(&addr);
    fflush(stdout);
    _exit(r);
  }
  struct sockaddr_in peer;
  socklen_t peer_len = sizeof peer;
  int conn = accept(srv, (struct sockaddr *)&peer, &peer_len);
  if (conn < 0) {
    perror("accept");
    return 1;
  }
  printf("server: connection from %s\n", inet_ntoa(peer.sin_addr));
  int nodelay = 0;
  socklen_t optlen = sizeof nodelay;
  getsockopt(conn, IPPROTO_TCP, TCP_NODELAY, &nodelay, &optlen);
  printf("server: TCP_NODELAY is %s on the accepted socket\n", nodelay ? "on" : "off");
  struct tcp_info info;
  socklen_t info_len = sizeof info;
  if (getsockopt(conn, IPPROTO_TCP, TCP_INFO, &info, &info_len) == 0)
    printf("server: TCP_INFO says %s, %u bytes\n",
           info.tcpi_state == TCP_ESTABLISHED ? "established" : "another state",
           (unsigned)info_len);
  fflush(stdout);
  char buf[256];
  ssize_t n;
  while ((n = recv(conn, buf, sizeof buf, 0)) > 0)
    if (send(conn, buf, (size_t)n, MSG_NOSIGNAL) != n)
      break;
  close(conn);
  int status;
  waitpid(pid, &status, 0);
  printf("server: client exited with %d\n", WEXITSTATUS(status));
  struct sockaddr_in none = {
      .sin_family = AF_INET, .sin_port = addr.sin_port, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  close(srv);
  int c = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(c, (struct sockaddr *)&none, sizeof none) < 0)
    printf("connecting after the server closed: %s\n", strerror(errno));
  close(c);
  return 0;
}
