/* sysgate/keys.h: the kernel's key retention service: add_key(2), request_key(2),
 * keyctl(2), with the special keyring ids and the keyctl operations most programs use
 * (include/uapi/linux/keyctl.h).
 *
 * Not obvious: glibc has none of these (libkeyutils has, with a variadic keyctl); here
 * they are the system calls as their man pages write them, keyctl with its four
 * unsigned long arguments, unused ones 0.
 */
#ifndef SYSGATE_KEYS_H
#define SYSGATE_KEYS_H

#include "syscall.h"
#include "types.h"

typedef int32_t key_serial_t;

/* Keyrings named by role, not by id. */
#define KEY_SPEC_THREAD_KEYRING -1
#define KEY_SPEC_PROCESS_KEYRING -2
#define KEY_SPEC_SESSION_KEYRING -3
#define KEY_SPEC_USER_KEYRING -4
#define KEY_SPEC_USER_SESSION_KEYRING -5
#define KEY_SPEC_GROUP_KEYRING -6
#define KEY_SPEC_REQKEY_AUTH_KEY -7

#define KEYCTL_GET_KEYRING_ID 0
#define KEYCTL_JOIN_SESSION_KEYRING 1
#define KEYCTL_UPDATE 2
#define KEYCTL_REVOKE 3
#define KEYCTL_CHOWN 4
#define KEYCTL_SETPERM 5
#define KEYCTL_DESCRIBE 6
#define KEYCTL_CLEAR 7
#define KEYCTL_LINK 8
#define KEYCTL_UNLINK 9
#define KEYCTL_SEARCH 10
#define KEYCTL_READ 11
#define KEYCTL_INSTANTIATE 12
#define KEYCTL_NEGATE 13
#define KEYCTL_SET_REQKEY_KEYRING 14
#define KEYCTL_SET_TIMEOUT 15
#define KEYCTL_INVALIDATE 21

#include "calls/keys.h"

#endif
