/* x86_64 parts of the event calls (sysgate/event.h): struct epoll_event,
 * select, and fanotify_mark, whose 64-bit mask is one register here.
 *
 * Not obvious: struct epoll_event is packed on x86_64 only (12 bytes, the
 * 64-bit data at offset 4): the kernel declares it with EPOLL_PACKED, which
 * include/uapi/linux/eventpoll.h sets for __x86_64__ alone, so that 32-bit and
 * 64-bit programs share one layout. i386 gets the same layout unpacked.
 */
#ifndef SYSGATE_ARCH_X86_64_EVENT_H
#define SYSGATE_ARCH_X86_64_EVENT_H

struct epoll_event {
  uint32_t events;
  epoll_data_t data;
} __attribute__((packed));

#define SYSGATE_NR_ppoll SYS_ppoll
#define SYSGATE_NR_pselect6 SYS_pselect6

/* The kernel's select reads the 64-bit timeval and writes the time left to it. */
SG_SYS(5, select, SYS_select, int, nfds, fd_set *, readfds, fd_set *, writefds, fd_set *, exceptfds,
       struct timeval *, timeout)

SG_SYS(5, fanotify_mark, SYS_fanotify_mark, int, fd, unsigned int, flags, uint64_t, mask, int,
       dirfd, const char *, path)

#endif
