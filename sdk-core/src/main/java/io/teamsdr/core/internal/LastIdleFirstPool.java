package io.teamsdr.core.internal;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The SDK's threads for work that never blocks (the HTTP client's, handing a freed slot to a waiting
 * call): at most a fixed number, and a task goes straight to the thread that went idle last, with one
 * wake-up. A {@code ThreadPoolExecutor} over a queue wakes the thread idle longest, through the
 * queue's lock; a fork-join pool wakes more threads than it has work for. On two cores both cost the
 * HTTP client's hand-offs measurable time per call. Tasks find a queue only when every thread is busy,
 * and a busy thread takes the next queued task before it goes idle. Idle threads end after a minute.
 */
final class LastIdleFirstPool implements Executor {
    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** Handed to an idle thread to make it look at the queue. */
    private static final Runnable LOOK_AT_QUEUE = () -> { };
    /** Handed to an idle thread to make it end. */
    private static final Runnable END = () -> { };

    private final int maxThreads;
    private final String threadPrefix;
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean shutdown;

    LastIdleFirstPool(int maxThreads, String threadPrefix) {
        this.maxThreads = maxThreads;
        this.threadPrefix = threadPrefix;
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the client is closed");
        }
        Worker worker = idle.pollFirst();
        if (worker != null) {
            worker.hand(task);
            return;
        }
        for (int running = threads.get(); running < maxThreads; running = threads.get()) {
            if (threads.compareAndSet(running, running + 1)) {
                new Worker(task).start();
                return;
            }
        }
        queue.add(task);
        // A thread that went idle after the look above would not see the task: wake one to look.
        Worker late = idle.pollFirst();
        if (late != null) {
            late.hand(LOOK_AT_QUEUE);
        }
    }

    /** Takes no more tasks; idle threads end now, busy ones once the queue is empty. */
    void shutdown() {
        shutdown = true;
        for (Worker worker = idle.pollFirst(); worker != null; worker = idle.pollFirst()) {
            worker.hand(END);
        }
    }

    /** One thread: runs what it is handed, then what is queued, then waits at the top of the idle stack. */
    private final class Worker extends Thread {
        private volatile Runnable handed;

        Worker(Runnable first) {
            super(threadPrefix + created.incrementAndGet());
            setDaemon(true);
            this.handed = first;
        }

        /** Gives this idle thread, which the caller took off the idle stack, its next task. */
        void hand(Runnable task) {
            handed = task;
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            try {
                Runnable task = take();
                while (task != END) {
                    if (task != LOOK_AT_QUEUE) {
                        runSafely(task);
                    }
                    task = next();
                }
            } finally {
                threads.decrementAndGet();
            }
        }

        private Runnable take() {
            Runnable task = handed;
            handed = null;
            return task;
        }

        private Runnable next() {
            Runnable queued = queue.poll();
            if (queued != null) {
                return queued;
            }
            if (shutdown) {
                return END;
            }
            idle.addFirst(this);
            // A task queued, or a shutdown begun, before this thread was on the stack would not reach it.
            if ((shutdown || !queue.isEmpty()) && idle.remove(this)) {
                return LOOK_AT_QUEUE;
            }
            long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
            while (handed == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0 && idle.remove(this)) {
                    return END;
                }
                LockSupport.parkNanos(this, Math.max(left, TimeUnit.MILLISECONDS.toNanos(1)));
            }
            return take();
        }

        private void runSafely(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException failure) {
                // as in a thread pool: the task's failure is reported and the thread goes on
                getUncaughtExceptionHandler().uncaughtException(this, failure);
            }
        }
    }
}
