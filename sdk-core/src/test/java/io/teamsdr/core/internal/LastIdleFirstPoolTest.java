package io.teamsdr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LastIdleFirstPoolTest {
    private final LastIdleFirstPool pool = new LastIdleFirstPool(3, "test-pool-");

    @AfterEach
    void shutdown() {
        pool.shutdown();
    }

    @Test
    void runsEveryTaskFromManySubmittersOnAtMostItsThreads() throws Exception {
        int submitters = 8;
        int tasksEach = 5_000;
        CountDownLatch done = new CountDownLatch(submitters * tasksEach);
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            Thread submitter = new Thread(() -> {
                for (int i = 0; i < tasksEach; i++) {
                    pool.execute(() -> {
                        threadNames.add(Thread.currentThread().getName());
                        done.countDown();
                    });
                }
            });
            threads.add(submitter);
            submitter.start();
        }
        for (Thread submitter : threads) {
            submitter.join();
        }

        assertThat(done.await(30, TimeUnit.SECONDS)).as("every task ran").isTrue();
        assertThat(threadNames).isNotEmpty().hasSizeLessThanOrEqualTo(3).allMatch(name -> name.startsWith("test-pool-"));
    }

    @Test
    void theThreadIdleLastTakesTheNextTask() throws Exception {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        AtomicReference<Thread> first = new AtomicReference<>();
        AtomicReference<Thread> second = new AtomicReference<>();
        CountDownLatch bothRunning = new CountDownLatch(2);
        pool.execute(() -> {
            first.set(Thread.currentThread());
            bothRunning.countDown();
            await(releaseFirst);
        });
        pool.execute(() -> {
            second.set(Thread.currentThread());
            bothRunning.countDown();
            await(releaseSecond);
        });
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).isTrue();
        releaseFirst.countDown();
        awaitIdle(first.get());
        releaseSecond.countDown();
        awaitIdle(second.get());

        Thread next = threadOfNextTask();

        assertThat(next).isSameAs(second.get()).isNotSameAs(first.get());
    }

    @Test
    void queuedTasksRunOnceAThreadIsFree() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(3 + 10);
        for (int i = 0; i < 3; i++) {
            pool.execute(() -> {
                await(release);
                all.countDown();
            });
        }
        for (int i = 0; i < 10; i++) {
            pool.execute(() -> {
                ran.incrementAndGet();
                all.countDown();
            });
        }
        assertThat(ran).as("every thread is busy, so the rest wait in the queue").hasValue(0);

        release.countDown();

        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasValue(10);
    }

    @Test
    void aFailingTaskLeavesTheThreadServing() throws Exception {
        Thread.UncaughtExceptionHandler quiet = (thread, failure) -> { };
        CountDownLatch failed = new CountDownLatch(1);
        pool.execute(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(quiet);
            failed.countDown();
            throw new IllegalStateException("a task's own failure");
        });
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch next = new CountDownLatch(1);

        pool.execute(next::countDown);

        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void afterShutdownTasksAreRefusedAndIdleThreadsEnd() throws Exception {
        Thread worker = threadOfNextTask();
        awaitIdle(worker);

        pool.shutdown();

        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThatThrownBy(() -> pool.execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("closed");
    }

    /** Runs a task and returns the thread it ran on, once it has run. */
    private Thread threadOfNextTask() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(() -> {
            ranOn.set(Thread.currentThread());
            ran.countDown();
        });
        assertThat(ran.await(10, TimeUnit.SECONDS)).as("the task ran").isTrue();
        return ranOn.get();
    }

    /** Waits without a timeout, so that a waiting task is never taken for an idle thread. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the worker parks on the idle stack, which is the only place it waits with a timeout. */
    private static void awaitIdle(Thread worker) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (worker.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as(worker.getName() + " went idle").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
