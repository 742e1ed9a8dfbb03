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

/* The kernel's select reads the 64-bit timeval and writes the time left to it. */

#endif
