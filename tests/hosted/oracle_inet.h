/* The glibc side of test_inet.c (oracle_inet.c): glibc's address conversions
 * (inet_aton, inet_addr, inet_ntoa, inet_pton, inet_ntop) and the ABI list of
 * what the drop-in network and event headers add: <netinet/in.h>,
 * <netinet/tcp.h>, <sys/un.h>, <sys/fanotify.h> (the kernel's uapi values,
 * which glibc's header includes) and <sys/signalfd.h>.
 *
 * Not obvious: addresses travel as bytes (4 or 16), so neither side needs the
 * other's struct in_addr; the ABI list proves the structs alike anyway.
 */
#ifndef SYSGATE_TEST_ORACLE_INET_H
#define SYSGATE_TEST_ORACLE_INET_H

#include "abi.h"

#define INET_ABI(C, T, M)                                                                          \
  C(IPPROTO_HOPOPTS), C(IPPROTO_IGMP), C(IPPROTO_IPIP), C(IPPROTO_EGP), C(IPPROTO_PUP),            \
      C(IPPROTO_IDP), C(IPPROTO_TP), C(IPPROTO_DCCP), C(IPPROTO_ROUTING), C(IPPROTO_FRAGMENT),     \
      C(IPPROTO_RSVP), C(IPPROTO_GRE), C(IPPROTO_ESP), C(IPPROTO_AH), C(IPPROTO_NONE),             \
      C(IPPROTO_DSTOPTS), C(IPPROTO_MTP), C(IPPROTO_ENCAP), C(IPPROTO_PIM), C(IPPROTO_COMP),       \
      C(IPPROTO_SCTP), C(IPPROTO_MH), C(IPPROTO_UDPLITE), C(IPPROTO_MPLS), C(SOL_TCP),             \
      C(INADDR_UNSPEC_GROUP), C(INADDR_ALLHOSTS_GROUP), C(INADDR_ALLRTRS_GROUP),                   \
      C(INADDR_MAX_LOCAL_GROUP), C(IN_LOOPBACKNET), C(IPPORT_RESERVED), C(IPPORT_USERRESERVED),    \
      C(IN_CLASSA_NET), C(IN_CLASSA_NSHIFT), C(IN_CLASSA_HOST), C(IN_CLASSA_MAX),                  \
      C(IN_CLASSB_NET), C(IN_CLASSB_NSHIFT), C(IN_CLASSB_HOST), C(IN_CLASSB_MAX),                  \
      C(IN_CLASSC_NET), C(IN_CLASSC_NSHIFT), C(IN_CLASSC_HOST), C(IP_ADD_SOURCE_MEMBERSHIP),       \
      C(IP_DROP_SOURCE_MEMBERSHIP), C(IP_MULTICAST_ALL), C(IP_UNICAST_IF), C(IP_RECVORIGDSTADDR),  \
      C(IP_MINTTL), C(IP_NODEFRAG), C(IP_BIND_ADDRESS_NO_PORT), C(IP_PMTUDISC_DONT),               \
      C(IP_PMTUDISC_WANT), C(IP_PMTUDISC_DO), C(IP_PMTUDISC_PROBE), C(IPV6_ADD_MEMBERSHIP),        \
      C(IPV6_DROP_MEMBERSHIP), C(IPV6_MTU_DISCOVER), C(IPV6_MTU), C(IPV6_RECVERR),                 \
      C(IPV6_RECVHOPLIMIT), C(IPV6_HOPLIMIT), C(IPV6_RECVTCLASS), T(struct ip_mreqn),              \
      M(struct ip_mreqn, imr_multiaddr), M(struct ip_mreqn, imr_address),                          \
      M(struct ip_mreqn, imr_ifindex), T(struct in_pktinfo), M(struct in_pktinfo, ipi_ifindex),    \
      M(struct in_pktinfo, ipi_spec_dst), M(struct in_pktinfo, ipi_addr), T(struct in6_pktinfo),   \
      M(struct in6_pktinfo, ipi6_addr), M(struct in6_pktinfo, ipi6_ifindex), C(IP_TOS), C(IP_TTL), \
      C(IP_HDRINCL), C(IP_OPTIONS), C(IP_RECVOPTS), C(IP_RETOPTS), C(IP_PKTINFO),                  \
      C(IP_MTU_DISCOVER), C(IP_RECVERR), C(IP_RECVTTL), C(IP_RECVTOS), C(IP_MTU), C(IP_FREEBIND),  \
      C(IP_TRANSPARENT), C(IP_MULTICAST_IF), C(IP_MULTICAST_TTL), C(IP_MULTICAST_LOOP),            \
      C(IP_ADD_MEMBERSHIP), C(IP_DROP_MEMBERSHIP), C(IPV6_UNICAST_HOPS), C(IPV6_MULTICAST_IF),     \
      C(IPV6_MULTICAST_HOPS), C(IPV6_MULTICAST_LOOP), C(IPV6_JOIN_GROUP), C(IPV6_LEAVE_GROUP),     \
      C(IPV6_V6ONLY), C(IPV6_RECVPKTINFO), C(IPV6_PKTINFO), C(IPV6_TCLASS), T(struct ip_mreq),     \
      M(struct ip_mreq, imr_multiaddr), M(struct ip_mreq, imr_interface), T(struct ipv6_mreq),     \
      M(struct ipv6_mreq, ipv6mr_multiaddr), M(struct ipv6_mreq, ipv6mr_interface),                \
      C(TCP_NODELAY), C(TCP_MAXSEG), C(TCP_CORK), C(TCP_KEEPIDLE), C(TCP_KEEPINTVL),               \
      C(TCP_KEEPCNT), C(TCP_SYNCNT), C(TCP_LINGER2), C(TCP_DEFER_ACCEPT), C(TCP_WINDOW_CLAMP),     \
      C(TCP_INFO), C(TCP_QUICKACK), C(TCP_CONGESTION), C(TCP_MD5SIG), C(TCP_THIN_LINEAR_TIMEOUTS), \
      C(TCP_THIN_DUPACK), C(TCP_USER_TIMEOUT), C(TCP_REPAIR), C(TCP_REPAIR_QUEUE),                 \
      C(TCP_QUEUE_SEQ), C(TCP_REPAIR_OPTIONS), C(TCP_FASTOPEN), C(TCP_TIMESTAMP),                  \
      C(TCP_NOTSENT_LOWAT), C(TCP_CC_INFO), C(TCP_SAVE_SYN), C(TCP_SAVED_SYN),                     \
      C(TCP_REPAIR_WINDOW), C(TCP_FASTOPEN_CONNECT), C(TCP_ULP), C(TCP_MD5SIG_EXT),                \
      C(TCP_FASTOPEN_KEY), C(TCP_FASTOPEN_NO_COOKIE), C(TCP_ZEROCOPY_RECEIVE), C(TCP_INQ),         \
      C(TCP_MAXWIN), C(TCP_ESTABLISHED), C(TCP_SYN_SENT), C(TCP_SYN_RECV), C(TCP_FIN_WAIT1),       \
      C(TCP_FIN_WAIT2), C(TCP_TIME_WAIT), C(TCP_CLOSE), C(TCP_CLOSE_WAIT), C(TCP_LAST_ACK),        \
      C(TCP_LISTEN), C(TCP_CLOSING), C(TCP_CA_Open), C(TCP_CA_Disorder), C(TCP_CA_CWR),            \
      C(TCP_CA_Recovery), C(TCP_CA_Loss), C(TCPI_OPT_TIMESTAMPS), C(TCPI_OPT_SACK),                \
      C(TCPI_OPT_WSCALE), C(TCPI_OPT_ECN), C(TCPI_OPT_ECN_SEEN), C(TCPI_OPT_SYN_DATA), C(TH_FIN),  \
      C(TH_SYN), C(TH_RST), C(TH_PUSH), C(TH_ACK), C(TH_URG), C(sizeof(tcp_seq)),                  \
      T(struct tcp_info), M(struct tcp_info, tcpi_state), M(struct tcp_info, tcpi_ca_state),       \
      M(struct tcp_info, tcpi_retransmits), M(struct tcp_info, tcpi_probes),                       \
      M(struct tcp_info, tcpi_backoff), M(struct tcp_info, tcpi_options),                          \
      M(struct tcp_info, tcpi_rto), M(struct tcp_info, tcpi_ato),                                  \
      M(struct tcp_info, tcpi_snd_mss), M(struct tcp_info, tcpi_rcv_mss),                          \
      M(struct tcp_info, tcpi_unacked), M(struct tcp_info, tcpi_sacked),                           \
      M(struct tcp_info, tcpi_lost), M(struct tcp_info, tcpi_retrans),                             \
      M(struct tcp_info, tcpi_fackets), M(struct tcp_info, tcpi_last_data_sent),                   \
      M(struct tcp_info, tcpi_last_ack_sent), M(struct tcp_info, tcpi_last_data_recv),             \
      M(struct tcp_info, tcpi_last_ack_recv), M(struct tcp_info, tcpi_pmtu),                       \
      M(struct tcp_info, tcpi_rcv_ssthresh), M(struct tcp_info, tcpi_rtt),                         \
      M(struct tcp_info, tcpi_rttvar), M(struct tcp_info, tcpi_snd_ssthresh),                      \
      M(struct tcp_info, tcpi_snd_cwnd), M(struct tcp_info, tcpi_advmss),                          \
      M(struct tcp_info, tcpi_reordering), M(struct tcp_info, tcpi_rcv_rtt),                       \
      M(struct tcp_info, tcpi_rcv_space), M(struct tcp_info, tcpi_total_retrans),                  \
      T(struct tcphdr), M(struct tcphdr, th_sport), M(struct tcphdr, th_dport),                    \
      M(struct tcphdr, th_seq), M(struct tcphdr, th_ack), M(struct tcphdr, th_flags),              \
      M(struct tcphdr, th_win), M(struct tcphdr, th_sum), M(struct tcphdr, th_urp),                \
      M(struct tcphdr, source), M(struct tcphdr, dest), M(struct tcphdr, seq),                     \
      M(struct tcphdr, ack_seq), M(struct tcphdr, window), M(struct tcphdr, check),                \
      M(struct tcphdr, urg_ptr), C(TCP_MAX_WINSHIFT), C(FAN_ACCESS), C(FAN_MODIFY), C(FAN_ATTRIB), \
      C(FAN_CLOSE_WRITE), C(FAN_CLOSE_NOWRITE), C(FAN_CLOSE), C(FAN_OPEN), C(FAN_MOVED_FROM),      \
      C(FAN_MOVED_TO), C(FAN_MOVE), C(FAN_CREATE), C(FAN_DELETE), C(FAN_DELETE_SELF),              \
      C(FAN_MOVE_SELF), C(FAN_OPEN_EXEC), C(FAN_Q_OVERFLOW), C(FAN_FS_ERROR), C(FAN_OPEN_PERM),    \
      C(FAN_ACCESS_PERM), C(FAN_OPEN_EXEC_PERM), C(FAN_EVENT_ON_CHILD), C(FAN_RENAME),             \
      C(FAN_ONDIR), C(FAN_CLOEXEC), C(FAN_NONBLOCK), C(FAN_CLASS_NOTIF), C(FAN_CLASS_CONTENT),     \
      C(FAN_CLASS_PRE_CONTENT), C(FAN_UNLIMITED_QUEUE), C(FAN_UNLIMITED_MARKS),                    \
      C(FAN_ENABLE_AUDIT), C(FAN_REPORT_PIDFD), C(FAN_REPORT_TID), C(FAN_REPORT_FID),              \
      C(FAN_REPORT_DIR_FID), C(FAN_REPORT_NAME), C(FAN_REPORT_TARGET_FID),                         \
      C(FAN_REPORT_DFID_NAME), C(FAN_MARK_ADD), C(FAN_MARK_REMOVE), C(FAN_MARK_DONT_FOLLOW),       \
      C(FAN_MARK_ONLYDIR), C(FAN_MARK_MOUNT), C(FAN_MARK_IGNORED_MASK),                            \
      C(FAN_MARK_IGNORED_SURV_MODIFY), C(FAN_MARK_FLUSH), C(FAN_MARK_FILESYSTEM),                  \
      C(FAN_MARK_EVICTABLE), C(FAN_MARK_IGNORE), C(FAN_MARK_INODE), C(FANOTIFY_METADATA_VERSION),  \
      C(FAN_ALLOW), C(FAN_DENY), C(FAN_AUDIT), C(FAN_NOFD), C(FAN_EVENT_INFO_TYPE_FID),            \
      C(FAN_EVENT_INFO_TYPE_DFID_NAME), C(FAN_EVENT_INFO_TYPE_DFID), C(FAN_EVENT_INFO_TYPE_PIDFD), \
      C(FAN_EVENT_INFO_TYPE_ERROR), C(FAN_EVENT_METADATA_LEN), T(struct fanotify_event_metadata),  \
      M(struct fanotify_event_metadata, event_len), M(struct fanotify_event_metadata, vers),       \
      M(struct fanotify_event_metadata, reserved),                                                 \
      M(struct fanotify_event_metadata, metadata_len), M(struct fanotify_event_metadata, mask),    \
      M(struct fanotify_event_metadata, fd), M(struct fanotify_event_metadata, pid),               \
      T(struct fanotify_event_info_header), M(struct fanotify_event_info_header, info_type),       \
      M(struct fanotify_event_info_header, pad), M(struct fanotify_event_info_header, len),        \
      T(struct fanotify_response), M(struct fanotify_response, fd),                                \
      M(struct fanotify_response, response), C(SFD_CLOEXEC), C(SFD_NONBLOCK),                      \
      T(struct signalfd_siginfo), M(struct signalfd_siginfo, ssi_signo),                           \
      M(struct signalfd_siginfo, ssi_errno), M(struct signalfd_siginfo, ssi_code),                 \
      M(struct signalfd_siginfo, ssi_pid), M(struct signalfd_siginfo, ssi_uid),                    \
      M(struct signalfd_siginfo, ssi_fd), M(struct signalfd_siginfo, ssi_tid),                     \
      M(struct signalfd_siginfo, ssi_band), M(struct signalfd_siginfo, ssi_overrun),               \
      M(struct signalfd_siginfo, ssi_trapno), M(struct signalfd_siginfo, ssi_status),              \
      M(struct signalfd_siginfo, ssi_int), M(struct signalfd_siginfo, ssi_ptr),                    \
      M(struct signalfd_siginfo, ssi_utime), M(struct signalfd_siginfo, ssi_stime),                \
      M(struct signalfd_siginfo, ssi_addr), M(struct signalfd_siginfo, ssi_addr_lsb),              \
      M(struct signalfd_siginfo, ssi_syscall), M(struct signalfd_siginfo, ssi_call_addr),          \
      M(struct signalfd_siginfo, ssi_arch)

extern const struct abi_row oracle_inet_abi[];
extern const unsigned oracle_inet_abi_len;

/* glibc's results. An address is 4 bytes (inet_aton, inet_pton AF_INET) or
 * 16 (AF_INET6), network order; err: errno after the call (zeroed before). */
int oracle_inet_aton(const char *text, void *addr4);
unsigned int oracle_inet_addr(const char *text);
unsigned int oracle_inet_network(const char *text);
/* glibc's inet_makeaddr (network order), inet_lnaof and inet_netof. */
unsigned int oracle_inet_makeaddr(unsigned int net, unsigned int host);
unsigned int oracle_inet_lnaof(unsigned int addr_net_order);
unsigned int oracle_inet_netof(unsigned int addr_net_order);
/* glibc's inet_ntoa text of addr4, copied into out (16 bytes). */
void oracle_inet_ntoa(const void *addr4, char *out);
int oracle_inet_pton(int family, const char *text, void *dst, int *err);
/* glibc's inet_ntop into dst; 1 if it returned dst, 0 if NULL. */
int oracle_inet_ntop(int family, const void *src, char *dst, unsigned int size, int *err);
/* The IN6_IS_ADDR_* tests of a and IN6_ARE_ADDR_EQUAL(a, b), one bit each,
 * as either side's macros answer them. */
#define INET_IN6_TESTS(a, b)                                                                       \
  ((unsigned)IN6_IS_ADDR_UNSPECIFIED(a) | (unsigned)IN6_IS_ADDR_LOOPBACK(a) << 1 |                 \
   (unsigned)IN6_IS_ADDR_V4MAPPED(a) << 2 | (unsigned)IN6_IS_ADDR_V4COMPAT(a) << 3 |               \
   (unsigned)IN6_IS_ADDR_MULTICAST(a) << 4 | (unsigned)IN6_IS_ADDR_LINKLOCAL(a) << 5 |             \
   (unsigned)IN6_IS_ADDR_SITELOCAL(a) << 6 | (unsigned)IN6_ARE_ADDR_EQUAL(a, b) << 7 |             \
   (unsigned)IN6_IS_ADDR_MC_NODELOCAL(a) << 8 | (unsigned)IN6_IS_ADDR_MC_LINKLOCAL(a) << 9 |       \
   (unsigned)IN6_IS_ADDR_MC_SITELOCAL(a) << 10 | (unsigned)IN6_IS_ADDR_MC_ORGLOCAL(a) << 11 |      \
   (unsigned)IN6_IS_ADDR_MC_GLOBAL(a) << 12)
/* The classful tests of a host-order IPv4 address, one bit each. */
#define INET_IN4_TESTS(a)                                                                          \
  ((unsigned)IN_CLASSA(a) | (unsigned)IN_CLASSB(a) << 1 | (unsigned)IN_CLASSC(a) << 2 |            \
   (unsigned)IN_CLASSD(a) << 3 | (unsigned)IN_MULTICAST(a) << 4 |                                  \
   (unsigned)IN_EXPERIMENTAL(a) << 5 | (unsigned)IN_BADCLASS(a) << 6)
/* The bit-fields of a struct tcphdr at h and of a struct tcp_info at t, one
 * nibble or bit each, as either side's struct reads them. */
#define INET_TCP_BITS(h, t)                                                                        \
  ((unsigned)(h)->th_x2 | (unsigned)(h)->th_off << 4 | (unsigned)(h)->res1 << 8 |                  \
   (unsigned)(h)->doff << 12 | (unsigned)(h)->fin << 16 | (unsigned)(h)->syn << 17 |               \
   (unsigned)(h)->rst << 18 | (unsigned)(h)->psh << 19 | (unsigned)(h)->ack << 20 |                \
   (unsigned)(h)->urg << 21 | (unsigned)(h)->res2 << 22 | (unsigned)(t)->tcpi_snd_wscale << 24 |   \
   (unsigned)(t)->tcpi_rcv_wscale << 28)
/* glibc's answer to INET_TCP_BITS over the same bytes. */
unsigned oracle_tcp_bits(const void *tcphdr_bytes, const void *tcp_info_bytes);
/* glibc's answer to INET_IN4_TESTS. */
unsigned oracle_in4_tests(unsigned int host_order);
/* glibc's answer to INET_IN6_TESTS for two 16-byte addresses. */
unsigned oracle_in6_tests(const void *addr16, const void *other16);

#endif
