/* The glibc side of the *_mt suites (oracle_thread.c): glibc's threads, which drive the
 * threaded sysgate library (sysgate_hosted_mt) from several threads at once.
 *
 * Not obvious: cmocka's assertions longjmp and are not thread-safe, so a thread only
 * counts what went wrong and the test asserts on the counts after oracle_threads returns.
 */
#ifndef SYSGATE_TEST_ORACLE_THREAD_H
#define SYSGATE_TEST_ORACLE_THREAD_H

/* Runs fn(index, arg) for index 0..n-1, each in a glibc thread of its own, all started
 * (pthread_create) before any runs, then joins them. A thread that cannot start aborts. */
void oracle_threads(int n, void (*fn)(int index, void *arg), void *arg);
/* Inside fn: waits until every thread of the run has reached it (pthread_barrier_wait). */
void oracle_threads_sync(void);
/* Gives the processor to another thread (sched_yield). */
void oracle_yield(void);

#endif
