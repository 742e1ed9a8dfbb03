/* udpbatch: datagrams in batches over UDP on 127.0.0.1: sendmmsg(2) sends
 * four in one call, recvmmsg(2) takes them in two calls of at most three,
 * and each is printed with its length and sender.
 *
 * Not obvious: a UDP socket keeps message boundaries, so each mmsghdr gets
 * exactly one datagram, its size in msg_len; MSG_WAITFORONE makes recvmmsg
 * wait for the first one only and then take what is already queued.
 */
#define _GNU_SOURCE /* sendmmsg, recvmmsg, struct mmsghdr */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int bound_socket(struct sockaddr_in *addr) {
  int fd = socket(AF_INET, SOCK_DGRAM, 0);
  memset(addr, 0, sizeof *addr);
  addr->sin_family = AF_INET;
  addr->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof *addr;
  if (fd < 0 || bind(fd, (struct sockaddr *)addr, sizeof *addr) < 0 ||
      getsockname(fd, (struct sockaddr *)addr, &len) < 0) {
    perror("socket");
    exit(1);
  }
  return fd;
}

int main(void) {
  struct sockaddr_in raddr, saddr;
  int rfd = bound_socket(&raddr), sfd = bound_socket(&saddr);
  if (connect(sfd, (struct sockaddr *)&raddr, sizeof raddr) < 0) {
    perror("connect");
    return 1;
  }

  const char *words[] = {"alpha", "beta", "gamma", "delta, the last one"};
  struct iovec iov[4];
  struct mmsghdr out[4];
  memset(out, 0, sizeof out);
  for (int i = 0; i < 4; i++) {
    iov[i].iov_base = (void *)words[i];
    iov[i].iov_len = strlen(words[i]);
    out[i].msg_hdr.msg_iov = &iov[i];
    out[i].msg_hdr.msg_iovlen = 1;
  }
  int sent = sendmmsg(sfd, out, 4, 0);
  printf("sendmmsg sent %d datagrams:", sent);
  for (int i = 0; i < sent; i++)
    printf(" %u", out[i].msg_len);
  printf("\n");

  int got_total = 0;
  while (got_total < sent) {
    char bufs[3][32];
    struct iovec in_iov[3];
    struct sockaddr_in from[3];
    struct mmsghdr in[3];
    memset(in, 0, sizeof in);
    for (int i = 0; i < 3; i++) {
      in_iov[i].iov_base = bufs[i];
      in_iov[i].iov_len = sizeof bufs[i] - 1;
      in[i].msg_hdr.msg_iov = &in_iov[i];
      in[i].msg_hdr.msg_iovlen = 1;
      in[i].msg_hdr.msg_name = &from[i];
      in[i].msg_hdr.msg_namelen = sizeof from[i];
    }
    struct timespec timeout = {5, 0};
    int n = recvmmsg(rfd, in, 3, MSG_WAITFORONE, &timeout);
    if (n <= 0) {
      perror("recvmmsg");
      return 1;
    }
    for (int i = 0; i < n; i++) {
      bufs[i][in[i].msg_len] = '\0';
      printf("  \"%s\" (%u bytes) from %s, %s port\n", bufs[i], in[i].msg_len,
             inet_ntoa(from[i].sin_addr),
             from[i].sin_port == saddr.sin_port ? "the sender's" : "another");
    }
    got_total += n;
  }
  printf("received %d in all\n", got_total);

  struct mmsghdr none;
  memset(&none, 0, sizeof none);
  if (recvmmsg(rfd, &none, 1, MSG_DONTWAIT, NULL) < 0)
    printf("nothing left: %s\n", strerror(errno));
  if (sendmmsg(-1, out, 1, 0) < 0)
    printf("sendmmsg on a bad descriptor: %s\n", strerror(errno));
  close(rfd);
  close(sfd);
  return 0;
}
