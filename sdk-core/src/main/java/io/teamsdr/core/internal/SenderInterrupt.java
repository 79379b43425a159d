package io.teamsdr.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets the watchdog stop a synchronous send whose answer stalls past the call's deadline. The JDK's
 * {@code HttpClient.send} gives no handle on its exchange, but cancels the exchange when the thread
 * waiting in it is interrupted; so the watchdog interrupts that thread, and only while it waits in
 * {@code send}. The hand-shake is the one {@code FutureTask} uses for {@code cancel(true)}: the
 * sender, once back, waits for an interrupt under way to land and then clears it, so that it never
 * leaks into the caller's code.
 */
final class SenderInterrupt {
    private static final int IDLE = 0;
    private static final int SENDING = 1;
    private static final int INTERRUPTING = 2;
    private static final int INTERRUPTED = 3;

    private final AtomicInteger phase = new AtomicInteger(IDLE);
    private volatile Thread sender;

    /** Called by the sending thread right before it blocks in {@code send}. */
    void sending() {
        sender = Thread.currentThread();
        phase.set(SENDING);
    }

    /**
     * Called by the sending thread once {@code send} returned or threw.
     *
     * @return whether the send was interrupted from here; the thread's interrupt flag is clear again
     */
    boolean returned() {
        if (phase.compareAndSet(SENDING, IDLE) || phase.get() == IDLE) {
            return false;
        }
        while (phase.get() != INTERRUPTED) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
        phase.set(IDLE);
        return true;
    }

    /** Interrupts the sending thread if it still waits in {@code send}; otherwise does nothing. */
    void interrupt() {
        if (phase.compareAndSet(SENDING, INTERRUPTING)) {
            sender.interrupt();
            phase.set(INTERRUPTED);
        }
    }
}
