/* System V IPC (msg*, sem*, shm*, ftok; sysgate/ipc.h): each call against glibc on
 * the same objects, success and exact errno, with the objects made by one library and
 * used by the other.
 *
 * Not obvious: the i386 ipc(2) fallback is tested twice: by calling it
 * directly, and by running the wrappers in a child whose seccomp filter
 * answers ENOSYS to every direct System V call (393-402 and 420), so that each
 * one can only succeed through ipc(2). x86_64 has no ipc(2); those tests say so
 * and skip. Every object is private (IPC_PRIVATE) or named after the pid, and
 * removed before the test ends.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "oracle.h"
#include "oracle_ipc.h"
#include "oracle_misc.h"
#include "oracle_time.h"
#include <sysgate.h>

#include "suite.h"
#include "suite_extra.h"

static void test_ipc_abi(void **state) {
  (void)state;
  static const struct abi_row ours[] = ABI_TABLE(IPC_ABI);
  ABI_ASSERT_SAME(ours, oracle_ipc_abi, oracle_ipc_abi_len);
}

/* A kernel built without CONFIG_SYSVIPC answers ENOSYS to every System V call
 * (ipc(2) too): then there is nothing to compare. */
static void skip_without_sysv(void) {
  errno = 0;
  int id = msgget(IPC_PRIVATE, 0600);
  if (id < 0 && errno == ENOSYS)
    SKIP_BECAUSE("this kernel has no System V IPC (CONFIG_SYSVIPC): msgget is ENOSYS");
  assert_true(id >= 0);
  assert_int_equal(msgctl(id, IPC_RMID, NULL), 0);
}

struct test_msg {
  long mtype;
  char mtext[16];
};

/* --- message queues --------------------------------------------------------- */

static void test_msg_round_trip(void **state) {
  (void)state;
  skip_without_sysv();
  int err = 0;
  errno = SUITE_ERRNO_CANARY;
  int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  assert_true(id >= 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  struct test_msg out = {7, "sysgate"}, in = {0, ""};
  assert_int_equal(msgsnd(id, &out, 8, 0), 0);
  assert_int_equal(oracle_msgrcv(id, &in, sizeof in.mtext, 0, 0, &err), 8);
  assert_int_equal(in.mtype, 7);
  assert_string_equal(in.mtext, "sysgate");
  struct test_msg g = {3, "glibc"};
  assert_int_equal(oracle_msgsnd(id, &g, 6, 0, &err), 0);
  struct test_msg g2 = {9, "nine"};
  assert_int_equal(oracle_msgsnd(id, &g2, 5, 0, &err), 0);
  memset(&in, 0, sizeof in);
  assert_int_equal(msgrcv(id, &in, sizeof in.mtext, 9, 0), 5); /* by type */
  assert_string_equal(in.mtext, "nine");

  struct msqid_ds ours, theirs;
  memset(&ours, 0xa5, sizeof ours);
  memset(&theirs, 0x5a, sizeof theirs);
  assert_int_equal(msgctl(id, IPC_STAT, &ours), 0);
  assert_int_equal(oracle_msgctl(id, IPC_STAT, &theirs, &err), 0);
  assert_int_equal(ours.msg_qnum, 1);
  assert_int_equal(ours.msg_qnum, theirs.msg_qnum);
  assert_int_equal(ours.msg_cbytes, 6);
  assert_int_equal(ours.msg_qbytes, theirs.msg_qbytes);
  assert_int_equal(ours.msg_lspid, theirs.msg_lspid);
  assert_int_equal(ours.msg_lrpid, theirs.msg_lrpid);
  assert_int_equal(ours.msg_lrpid, oracle_getpid());
  assert_int_equal(ours.msg_perm.mode & 0777, 0600);
  assert_int_equal(ours.msg_perm.__key, 0);
  assert_int_equal(ours.msg_perm.uid, theirs.msg_perm.uid);
  assert_true(ours.msg_stime == theirs.msg_stime && ours.msg_stime > 1600000000);
  assert_true(ours.msg_ctime == theirs.msg_ctime && ours.msg_rtime == theirs.msg_rtime);

  /* IPC_SET: a smaller queue, seen by glibc */
  ours.msg_qbytes = 1000;
  ours.msg_perm.mode = 0640;
  assert_int_equal(msgctl(id, IPC_SET, &ours), 0);
  assert_int_equal(oracle_msgctl(id, IPC_STAT, &theirs, &err), 0);
  assert_int_equal(theirs.msg_qbytes, 1000);
  assert_int_equal(theirs.msg_perm.mode & 0777, 0640);
  struct msginfo info, ginfo;
  assert_true(msgctl(id, IPC_INFO, (struct msqid_ds *)&info) >= 0);
  assert_true(oracle_msgctl(id, IPC_INFO, &ginfo, &err) >= 0);
  assert_int_equal(info.msgmax, ginfo.msgmax);
  assert_int_equal(info.msgmnb, ginfo.msgmnb);

  /* errors, ours and glibc's on the same queue */
  BOTH_FAIL(ENOMSG, msgrcv(id, &in, sizeof in.mtext, 42, IPC_NOWAIT),
            oracle_msgrcv(id, &in, sizeof in.mtext, 42, IPC_NOWAIT, &glibc_errno));
  BOTH_FAIL(E2BIG, msgrcv(id, &in, 2, 0, IPC_NOWAIT),
            oracle_msgrcv(id, &in, 2, 0, IPC_NOWAIT, &glibc_errno));
  struct test_msg zero = {0, "x"};
  BOTH_FAIL(EINVAL, msgsnd(id, &zero, 1, 0), oracle_msgsnd(id, &zero, 1, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, msgctl(id, 9999, &ours), oracle_msgctl(id, 9999, &theirs, &glibc_errno));
  BOTH_FAIL(EFAULT, msgsnd(id, NULL, 1, 0), oracle_msgsnd(id, NULL, 1, 0, &glibc_errno));
  /* MSG_NOERROR truncates instead */
  assert_int_equal(msgrcv(id, &in, 2, 0, MSG_NOERROR), 2);
  assert_int_equal(msgctl(id, IPC_RMID, NULL), 0);
  BOTH_FAIL(EINVAL, msgctl(id, IPC_STAT, &ours),
            oracle_msgctl(id, IPC_STAT, &theirs, &glibc_errno));
  BOTH_FAIL(EINVAL, msgsnd(id, &out, 1, 0), oracle_msgsnd(id, &out, 1, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, msgrcv(-1, &in, 1, 0, 0), oracle_msgrcv(-1, &in, 1, 0, 0, &glibc_errno));
}

static void test_msgget_keys(void **state) {
  (void)state;
  skip_without_sysv();
  int err;
  key_t key = (key_t)(0x5a000000 | (oracle_getpid() & 0xffffff));
  BOTH_FAIL(ENOENT, msgget(key, 0600), oracle_msgget(key, 0600, &glibc_errno));
  int id = msgget(key, IPC_CREAT | IPC_EXCL | 0600);
  assert_true(id >= 0);
  assert_int_equal(oracle_msgget(key, 0600, &err), id);
  assert_int_equal(msgget(key, 0), id);
  BOTH_FAIL(EEXIST, msgget(key, IPC_CREAT | IPC_EXCL | 0600),
            oracle_msgget(key, IPC_CREAT | IPC_EXCL | 0600, &glibc_errno));
  assert_int_equal(oracle_msgctl(id, IPC_RMID, NULL, &err), 0);
}

/* --- semaphores --------------------------------------------------------------- */

static void test_sem(void **state) {
  (void)state;
  skip_without_sysv();
  int err;
  int id = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
  assert_true(id >= 0);
  errno = SUITE_ERRNO_CANARY;
  assert_int_equal(semctl(id, 1, SETVAL, 5), 0);
  assert_int_equal(errno, SUITE_ERRNO_CANARY);
  assert_int_equal(oracle_semctl(id, 1, GETVAL, 0, &err), 5);
  assert_int_equal(oracle_semctl(id, 2, SETVAL, 9, &err), 0);
  assert_int_equal(semctl(id, 2, GETVAL), 9);
  unsigned short all[3] = {1, 2, 3}, back[3] = {0, 0, 0};
  assert_int_equal(semctl(id, 0, SETALL, all), 0);
  assert_int_equal(oracle_semctl(id, 0, GETALL, (unsigned long)back, &err), 0);
  assert_memory_equal(all, back, sizeof all);

  struct sembuf ops[2] = {{0, 4, 0}, {2, -3, 0}};
  assert_int_equal(semop(id, ops, 2), 0);
  assert_int_equal(oracle_semctl(id, 0, GETVAL, 0, &err), 5);
  assert_int_equal(oracle_semctl(id, 2, GETVAL, 0, &err), 0);
  assert_int_equal(semctl(id, 0, GETPID), oracle_getpid());
  assert_int_equal(semctl(id, 2, GETZCNT), 0);
  assert_int_equal(semctl(id, 2, GETNCNT), 0);

  struct semid_ds ours, theirs;
  memset(&ours, 0xa5, sizeof ours);
  memset(&theirs, 0x5a, sizeof theirs);
  assert_int_equal(semctl(id, 0, IPC_STAT, &ours), 0);
  assert_int_equal(oracle_semctl(id, 0, IPC_STAT, (unsigned long)&theirs, &err), 0);
  assert_int_equal(ours.sem_nsems, 3);
  assert_int_equal(ours.sem_nsems, theirs.sem_nsems);
  assert_true(ours.sem_otime == theirs.sem_otime && ours.sem_otime > 1600000000);
  assert_true(ours.sem_ctime == theirs.sem_ctime);
  assert_int_equal(ours.sem_perm.mode & 0777, 0600);
  struct seminfo info, ginfo;
  assert_true(semctl(id, 0, IPC_INFO, &info) >= 0);
  assert_true(oracle_semctl(id, 0, IPC_INFO, (unsigned long)&ginfo, &err) >= 0);
  assert_int_equal(info.semmsl, ginfo.semmsl);
  assert_int_equal(info.semvmx, ginfo.semvmx);

  /* would block: EAGAIN now, and after a timeout */
  struct sembuf take = {2, -1, IPC_NOWAIT};
  BOTH_FAIL(EAGAIN, semop(id, &take, 1), oracle_semop(id, &take, 1, &glibc_errno));
  struct sembuf wait_op = {2, -1, 0};
  struct timespec soon = TS(0, 5 * MS);
  BOTH_FAIL(EAGAIN, semtimedop(id, &wait_op, 1, &soon),
            oracle_semtimedop(id, &wait_op, 1, &soon, &glibc_errno));
  struct timespec bad = TS(0, 1000000000);
  BOTH_FAIL(EINVAL, semtimedop(id, &wait_op, 1, &bad),
            oracle_semtimedop(id, &wait_op, 1, &bad, &glibc_errno));
  struct sembuf beyond = {7, 1, 0};
  BOTH_FAIL(EFBIG, semop(id, &beyond, 1), oracle_semop(id, &beyond, 1, &glibc_errno));
  BOTH_FAIL(EINVAL, semctl(id, 0, 9999), oracle_semctl(id, 0, 9999, 0, &glibc_errno));
  BOTH_FAIL(ERANGE, semctl(id, 0, SETVAL, 40000),
            oracle_semctl(id, 0, SETVAL, 40000, &glibc_errno));
  BOTH_FAIL(EINVAL, semget(IPC_PRIVATE, -1, 0600),
            oracle_semget(IPC_PRIVATE, -1, 0600, &glibc_errno));
  assert_int_equal(semctl(id, 0, IPC_RMID), 0);
  BOTH_FAIL(EINVAL, semop(id, ops, 1), oracle_semop(id, ops, 1, &glibc_errno));
}

/* --- shared memory ------------------------------------------------------------ */

static void test_shm(void **state) {
  (void)state;
  skip_without_sysv();
  int err;
  int id = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600);
  assert_true(id >= 0);
  char *ours = shmat(id, NULL, 0);
  assert_true(ours != (void *)-1);
  char *theirs = oracle_shmat(id, NULL, SHM_RDONLY, &err);
  assert_true(theirs != (void *)-1);
  assert_ptr_not_equal(ours, theirs);
  memcpy(ours + 4096, "shared", 7);
  assert_string_equal(theirs + 4096, "shared");
  struct shmid_ds ds, gds;
  memset(&ds, 0xa5, sizeof ds);
  memset(&gds, 0x5a, sizeof gds);
  assert_int_equal(shmctl(id, IPC_STAT, &ds), 0);
  assert_int_equal(oracle_shmctl(id, IPC_STAT, &gds, &err), 0);
  assert_int_equal(ds.shm_segsz, 8192);
  assert_int_equal(ds.shm_nattch, 2);
  assert_int_equal(ds.shm_nattch, gds.shm_nattch);
  assert_int_equal(ds.shm_cpid, oracle_getpid());
  assert_int_equal(ds.shm_cpid, gds.shm_cpid);
  assert_int_equal(ds.shm_lpid, gds.shm_lpid);
  assert_true(ds.shm_atime == gds.shm_atime && ds.shm_atime > 1600000000);
  assert_true(ds.shm_ctime == gds.shm_ctime && ds.shm_dtime == gds.shm_dtime);
  struct shminfo info, ginfo;
  assert_true(shmctl(id, IPC_INFO, (struct shmid_ds *)&info) >= 0);
  assert_true(oracle_shmctl(id, IPC_INFO, &ginfo, &err) >= 0);
  assert_int_equal(info.shmmax, ginfo.shmmax);
  assert_int_equal(info.shmmni, ginfo.shmmni);

  /* errors */
  BOTH_FAIL(EINVAL, shmdt(ours + 1), oracle_shmdt(ours + 1, &glibc_errno));
  BOTH_FAIL(EINVAL, shmat(-1, NULL, 0), oracle_shmat(-1, NULL, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, shmat(id, ours + 1, 0), oracle_shmat(id, ours + 1, 0, &glibc_errno));
  BOTH_FAIL(EINVAL, shmctl(id, 9999, &ds), oracle_shmctl(id, 9999, &gds, &glibc_errno));
  /* i386 glibc converts through a copy of its own and faults writing the caller's
   * buffer; the kernel writes sysgate's layout itself and says EFAULT */
  errno = 0;
  assert_int_equal(shmctl(id, IPC_STAT, (struct shmid_ds *)8), -1);
  assert_int_equal(errno, EFAULT);
  if (!SUITE_I386)
    BOTH_FAIL(EFAULT, shmctl(id, IPC_STAT, (struct shmid_ds *)8),
              oracle_shmctl(id, IPC_STAT, (void *)8, &glibc_errno));
  BOTH_FAIL(
      ENOENT, shmget((key_t)(0x5b000000 | (oracle_getpid() & 0xffffff)), 4096, 0600),
      oracle_shmget((key_t)(0x5b000000 | (oracle_getpid() & 0xffffff)), 4096, 0600, &glibc_errno));

  assert_int_equal(shmdt(theirs), 0);
  assert_int_equal(oracle_shmdt(ours, &err), 0);
  BOTH_FAIL(EINVAL, shmdt(ours), oracle_shmdt(ours, &glibc_errno));
  assert_int_equal(shmctl(id, IPC_RMID, NULL), 0);
  BOTH_FAIL(EINVAL, shmctl(id, IPC_STAT, &ds), oracle_shmctl(id, IPC_STAT, &gds, &glibc_errno));
}

/* --- ftok --------------------------------------------------------------------- */

static void test_ftok(void **state) {
  (void)state;
  int err;
  const char *path = oracle_path("ftok_file");
  int fd = open(path, O_CREAT | O_WRONLY, 0600);
  assert_true(fd >= 0);
  assert_int_equal(close(fd), 0);
  static const int projs[] = {1, 'A', 0x7f, 0xff, 0x1ff, -1, 0};
  for (unsigned i = 0; i < sizeof projs / sizeof projs[0]; i++)
    assert_int_equal(ftok(path, projs[i]), oracle_ftok(path, projs[i], &err));
  assert_int_equal(ftok("/", 'x'), oracle_ftok("/", 'x', &err));
  BOTH_FAIL(ENOENT, ftok(oracle_path("no_such_file"), 1),
            oracle_ftok(oracle_path("no_such_file"), 1, &glibc_errno));
  assert_int_equal(unlink(path), 0);
}

/* --- i386: ipc(2) ------------------------------------------------------------------ */

#ifdef SYS_ipc

static void test_ipc_direct(void **state) {
  (void)state;
  skip_without_sysv();
  int id = (int)sysgate_ipc(SYSGATE_IPCCALL_MSGGET, IPC_PRIVATE, IPC_CREAT | 0600, 0, 0, 0);
  assert_true(id >= 0);
  struct msqid_ds ds;
  assert_int_equal(sysgate_ipc(SYSGATE_IPCCALL_MSGCTL, id, IPC_STAT | SYSGATE_IPC_64, 0, &ds, 0),
                   0);
  assert_int_equal(ds.msg_qnum, 0);
  assert_int_equal(ds.msg_perm.mode & 0777, 0600);
  /* valgrind 3.19 knows neither the direct numbers (ENOSYS: the wrappers run on
   * their fallback there) nor an unknown ipc(2) call (it stops the program) */
  if (!oracle_under_valgrind()) {
    /* the kernel quirk arch/i386/ipc.h avoids: IPC_64 in a direct ctl call */
    long quirk = syscall3(SYS_msgctl, id, IPC_STAT | SYSGATE_IPC_64, (long)&ds);
    print_message("direct msgctl(IPC_STAT | IPC_64): %ld\n", quirk);
    assert_true(quirk != 0);
    assert_int_equal(sysgate_ipc(99, 0, 0, 0, 0, 0), -ENOSYS); /* no such call (ipc/syscall.c) */
  }
  assert_int_equal(msgctl(id, IPC_RMID, NULL), 0);
}

/* In the child: every direct System V call gets ENOSYS from a seccomp filter,
 * so each wrapper below works only through its ipc(2) fallback. The exit
 * status names the first step that failed. */
static void ipc_calls_without_direct_numbers(void *arg) {
  (void)arg;
  struct sock_filter prog[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_semtimedop_time64, 2, 0),
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, SYS_semget, 0, 2),
      BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, SYS_msgctl, 1, 0),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog fprog = {sizeof prog / sizeof prog[0], prog};
  if (oracle_no_new_privs() != 0 || seccomp(SECCOMP_SET_MODE_FILTER, 0, &fprog) != 0)
    _exit(77);
  CHILD_STEPS;
  CHILD_STEP(syscall2(SYS_msgget, IPC_PRIVATE, 0600) == -ENOSYS); /* the filter works */
  CHILD_STEP(syscall4(SYS_semtimedop_time64, 0, 0, 0, 0) == -ENOSYS);
  int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  CHILD_STEP(q >= 0);
  struct test_msg out = {5, "ipc"}, in = {0, ""};
  CHILD_STEP(msgsnd(q, &out, 4, 0) == 0);
  CHILD_STEP(msgrcv(q, &in, sizeof in.mtext, 5, 0) == 4 && in.mtype == 5 &&
             memcmp(in.mtext, "ipc", 4) == 0);
  struct msqid_ds mds;
  CHILD_STEP(msgctl(q, IPC_STAT, &mds) == 0 && mds.msg_lrpid == getpid() &&
             mds.msg_stime > 1600000000 && (mds.msg_perm.mode & 0777) == 0600);
  CHILD_STEP(msgctl(q, IPC_RMID, NULL) == 0);
  int s = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
  CHILD_STEP(s >= 0);
  CHILD_STEP(semctl(s, 1, SETVAL, 3) == 0 && semctl(s, 1, GETVAL) == 3);
  struct sembuf op = {1, -2, 0};
  CHILD_STEP(semop(s, &op, 1) == 0 && semctl(s, 1, GETVAL) == 1);
  struct sembuf wait_op = {0, -1, 0};
  struct timespec soon = TS(0, 2 * MS);
  CHILD_STEP(semtimedop(s, &wait_op, 1, &soon) == -1 && errno == EAGAIN);
  struct timespec far = TS(1LL << 40, 0);
  CHILD_STEP(sys_semtimedop(s, &wait_op, 1, &far) == -EOVERFLOW);
  struct semid_ds sds;
  CHILD_STEP(semctl(s, 0, IPC_STAT, &sds) == 0 && sds.sem_nsems == 2);
  CHILD_STEP(semctl(s, 0, IPC_RMID) == 0);
  int m = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
  CHILD_STEP(m >= 0);
  char *p = shmat(m, NULL, 0);
  CHILD_STEP(p != (void *)-1);
  p[0] = 'z';
  struct shmid_ds hds;
  CHILD_STEP(shmctl(m, IPC_STAT, &hds) == 0 && hds.shm_nattch == 1 && hds.shm_segsz == 4096);
  CHILD_STEP(shmdt(p) == 0 && shmdt(p) == -1 && errno == EINVAL);
  CHILD_STEP(shmctl(m, IPC_RMID, NULL) == 0);
  CHILD_STEP(sys_msgctl(-1, IPC_STAT, &mds) == -EINVAL); /* errors come through too */
  _exit(0);
}

static void test_ipc_fallback(void **state) {
  (void)state;
  skip_without_sysv();
  int status = oracle_child_status(ipc_calls_without_direct_numbers, NULL);
  if (status == 77)
    SKIP_BECAUSE("could not install a seccomp filter in the child");
  assert_int_equal(status, 0);
}

#else

static void test_ipc_direct(void **state) {
  (void)state;
  SKIP_BECAUSE("this arch has no ipc(2) (x86_64): nothing to fall back to");
}

static void test_ipc_fallback(void **state) {
  (void)state;
  SKIP_BECAUSE("this arch has no ipc(2) (x86_64): nothing to fall back to");
}

#endif

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ipc_abi),     cmocka_unit_test(test_msg_round_trip),
      cmocka_unit_test(test_msgget_keys), cmocka_unit_test(test_sem),
      cmocka_unit_test(test_shm),         cmocka_unit_test(test_ftok),
      cmocka_unit_test(test_ipc_direct),  cmocka_unit_test(test_ipc_fallback),
  };
  return cmocka_run_group_tests(tests, NULL, suite_teardown);
}
