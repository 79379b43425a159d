package io.teamsdr.testkit.internal;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every fake in the JVM accepts and serves connections on. A suite starts fakes
 * hundreds of times: with threads of their own, each start and each first connection paid for
 * new threads; from this pool the next fake takes the threads the previous one gave back.
 * Threads are daemons and leave after 30 idle seconds. Each task names its thread after the fake
 * and role it serves, so a thread dump still tells the fakes apart.
 */
final class FakeThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "teamsdr-fake-" + COUNT.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private FakeThreads() {
    }

    /**
     * Runs a task on a pooled thread named {@code name} while it runs.
     *
     * @param name the thread's name during the task, e.g. {@code fake-fusion-acceptor}
     * @param task the task
     */
    static void run(String name, Runnable task) {
        POOL.execute(() -> {
            Thread current = Thread.currentThread();
            String idle = current.getName();
            current.setName(name);
            try {
                task.run();
            } finally {
                current.setName(idle);
            }
        });
    }
}
