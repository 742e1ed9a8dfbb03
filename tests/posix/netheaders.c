/* netheaders: every network and event header at once, with the headers a
 * program usually includes next to them, printing the sizes of their types
 * and a few of their values. Built with -Wall -Wextra -Werror like every
 * program here, it shows the headers fit together and with glibc's usual
 * companions, and the output shows the values agree with glibc's.
 *
 * Not obvious: <sys/socket.h>, <netinet/in.h> and <sys/un.h> all describe
 * socket addresses, and <poll.h>, <sys/select.h> and <sys/epoll.h> all
 * bring time types: included together they must define each name once.
 */
#define _GNU_SOURCE /* POLLRDHUP */
/* 64-bit time on i386 too, as sysgate always has it (struct itimerspec and
 * SO_RCVTIMEO follow it), like a program made ready for 2038. */
#define _FILE_OFFSET_BITS 64
#define _TIME_BITS 64
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define SHOW_SIZE(type) printf("sizeof(%s) = %zu\n", #type, sizeof(type))
#define SHOW(value) printf("%s = %lld\n", #value, (long long)(value))

int main(void) {
  SHOW_SIZE(struct sockaddr);
  SHOW_SIZE(struct sockaddr_in);
  SHOW_SIZE(struct sockaddr_in6);
  SHOW_SIZE(struct sockaddr_un);
  SHOW_SIZE(struct sockaddr_storage);
  SHOW_SIZE(struct in_addr);
  SHOW_SIZE(struct in6_addr);
  SHOW_SIZE(struct ip_mreq);
  SHOW_SIZE(struct msghdr);
  SHOW_SIZE(struct pollfd);
  SHOW_SIZE(nfds_t);
  SHOW_SIZE(fd_set);
  SHOW_SIZE(struct epoll_event);
  SHOW_SIZE(eventfd_t);
  SHOW_SIZE(struct itimerspec);
  SHOW_SIZE(struct signalfd_siginfo);
  SHOW_SIZE(struct inotify_event);
  SHOW_SIZE(struct fanotify_event_metadata);
  SHOW_SIZE(struct fanotify_response);
  SHOW_SIZE(socklen_t);
  SHOW_SIZE(sa_family_t);
  SHOW_SIZE(in_port_t);
  SHOW(offsetof(struct sockaddr_in, sin_addr));
  SHOW(offsetof(struct sockaddr_in6, sin6_addr));
  SHOW(offsetof(struct sockaddr_un, sun_path));
  SHOW(AF_UNIX);
  SHOW(AF_INET6);
  SHOW(SOCK_SEQPACKET);
  SHOW(SOCK_NONBLOCK | SOCK_CLOEXEC);
  SHOW(SOL_SOCKET);
  SHOW(SO_REUSEADDR);
  SHOW(SO_RCVTIMEO);
  SHOW(IPPROTO_TCP);
  SHOW(IPPROTO_SCTP);
  SHOW(IP_ADD_MEMBERSHIP);
  SHOW(IPV6_V6ONLY);
  SHOW(TCP_NODELAY);
  SHOW(TCP_KEEPIDLE);
  SHOW(TCP_USER_TIMEOUT);
  SHOW(INADDR_LOOPBACK);
  SHOW(INADDR_BROADCAST);
  SHOW(INET6_ADDRSTRLEN);
  SHOW(POLLIN | POLLOUT | POLLRDHUP);
  SHOW(FD_SETSIZE);
  SHOW(EPOLLIN | EPOLLET | EPOLLONESHOT);
  SHOW(EPOLL_CLOEXEC);
  SHOW(EFD_SEMAPHORE | EFD_NONBLOCK);
  SHOW(TFD_TIMER_ABSTIME);
  SHOW(TFD_CLOEXEC);
  SHOW(SFD_NONBLOCK);
  SHOW(IN_ALL_EVENTS);
  SHOW(IN_ONLYDIR);
  SHOW(FAN_CLOSE);
  SHOW(FAN_MARK_FILESYSTEM);
  SHOW(FAN_REPORT_DFID_NAME);
  SHOW(FANOTIFY_METADATA_VERSION);
  SHOW(MSG_NOSIGNAL);
  SHOW(SHUT_RDWR);

  struct sockaddr_un un = {.sun_family = AF_UNIX};
  strcpy(un.sun_path, "/run/demo.sock");
  SHOW(SUN_LEN(&un));
  struct in6_addr any = IN6ADDR_ANY_INIT, lo = IN6ADDR_LOOPBACK_INIT;
  printf("IN6ADDR_ANY_INIT is unspecified: %d, IN6ADDR_LOOPBACK_INIT is loopback: %d\n",
         IN6_IS_ADDR_UNSPECIFIED(&any) != 0, IN6_IS_ADDR_LOOPBACK(&lo) != 0);
  printf("in6addr_any equals it: %d\n", IN6_ARE_ADDR_EQUAL(&in6addr_any, &any) != 0);
  fd_set set;
  FD_ZERO(&set);
  FD_SET(3, &set);
  FD_SET(70, &set);
  FD_CLR(3, &set);
  printf("FD_ISSET 3: %d, 70: %d\n", FD_ISSET(3, &set) != 0, FD_ISSET(70, &set) != 0);
  printf("htons(0x1234) = 0x%04x, ntohl(htonl(7)) = %u\n", htons(0x1234), ntohl(htonl(7)));
  return 0;
}
