/* glibc's POSIX semaphores for test_semaphore.c, built in oracle_sem.c with
 * glibc's headers only. A glibc sem_t travels as void *.
 *
 * Not obvious: each call returns glibc's result and its errno through *err, read
 * right after the call.
 */
#ifndef SYSGATE_TEST_ORACLE_SEM_H
#define SYSGATE_TEST_ORACLE_SEM_H

unsigned long oracle_sem_size(void);
unsigned long oracle_sem_align(void);
int oracle_sem_value_max(void);

/* glibc sem_t storage, enough for one. */
typedef union {
  char bytes[64];
  long long align;
} oracle_sem_storage;

int oracle_sem_init(void *sem, int pshared, unsigned int value, int *err);
int oracle_sem_post(void *sem, int *err);
int oracle_sem_trywait(void *sem, int *err);
int oracle_sem_getvalue(void *sem);
/* sem_timedwait (clock < 0) or sem_clockwait(clock) with {sec, nsec}. */
int oracle_sem_timedwait(void *sem, int clock, long long sec, long nsec, int *err);

/* sem_open(name, oflag, mode, value), SEM_FAILED as NULL. */
void *oracle_sem_open(const char *name, int oflag, unsigned int mode, unsigned int value, int *err);
int oracle_sem_close(void *sem, int *err);
int oracle_sem_unlink(const char *name, int *err);

#endif
