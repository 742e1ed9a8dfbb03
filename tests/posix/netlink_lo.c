/* netlink_lo: a NETLINK_ROUTE dump of the network links (RTM_GETLINK with
 * NLM_F_DUMP), walking the answers with the <linux/netlink.h> and
 * <linux/rtnetlink.h> macros, looking for the loopback interface by name
 * (IFLA_IFNAME). Prints only whether "lo" was found, so the output does not depend
 * on the machine's other interfaces.
 *
 * Not obvious: a dump comes back in several datagrams, each holding several
 * messages; it ends with an NLMSG_DONE message, not with the end of a datagram.
 */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct {
    struct nlmsghdr nh;
    struct ifinfomsg ifi;
  } req;
  memset(&req, 0, sizeof req);
  req.nh.nlmsg_len = NLMSG_LENGTH(sizeof req.ifi);
  req.nh.nlmsg_type = RTM_GETLINK;
  req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  req.nh.nlmsg_seq = 1;
  req.ifi.ifi_family = AF_UNSPEC;
  struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
  if (sendto(fd, &req, req.nh.nlmsg_len, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0) {
    perror("sendto");
    return 1;
  }
  static char buf[32768];
  int found = 0, done = 0;
  while (!done) {
    ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) {
      perror("recv");
      return 1;
    }
    for (struct nlmsghdr *nh = (struct nlmsghdr *)buf; NLMSG_OK(nh, (unsigned)n);
         nh = NLMSG_NEXT(nh, n)) {
      if (nh->nlmsg_type == NLMSG_DONE || nh->nlmsg_type == NLMSG_ERROR) {
        done = 1;
        break;
      }
      struct ifinfomsg *ifi = NLMSG_DATA(nh);
      int len = (int)IFLA_PAYLOAD(nh);
      for (struct rtattr *a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len))
        if (a->rta_type == IFLA_IFNAME && strcmp(RTA_DATA(a), "lo") == 0)
          found = 1;
    }
  }
  close(fd);
  printf("lo found: %s\n", found ? "yes" : "no");
  return 0;
}
