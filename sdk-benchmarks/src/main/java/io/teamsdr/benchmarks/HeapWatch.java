package io.teamsdr.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches this JVM's heap while a workload runs, from a forced GC at the start: the highest heap use
 * seen (sampled every millisecond; includes garbage not yet collected, so it is bounded by the young
 * generation's size rather than by what the workload keeps) and the highest heap use right after a
 * collection (what the workload, plus old garbage not yet reclaimed, really holds).
 */
public final class HeapWatch implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final long baseline;
    private final Thread sampler;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile boolean running = true;

    private HeapWatch() {
        System.gc();
        System.gc();
        this.baseline = memory.getHeapMemoryUsage().getUsed();
        peakUsed.set(baseline);
        peakAfterGc.set(baseline);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        NotificationListener listener = (notification, handback) -> {
            if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (var entry : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(entry.getKey())) {
                    after += entry.getValue().getUsed();
                }
            }
            collections.incrementAndGet();
            peakAfterGc.accumulateAndGet(after, Math::max);
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // Already gone: nothing to undo.
                    }
                });
            }
        }
        this.sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Forces a collection and starts watching.
     *
     * @return the watch
     */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            MemoryUsage usage = memory.getHeapMemoryUsage();
            peakUsed.accumulateAndGet(usage.getUsed(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /**
     * Returns the heap in use right after the forced collection at the start.
     *
     * @return bytes
     */
    public long baselineBytes() {
        return baseline;
    }

    /**
     * Returns the highest heap use sampled, garbage included.
     *
     * @return bytes
     */
    public long peakUsedBytes() {
        return peakUsed.get();
    }

    /**
     * Returns the highest heap use right after a collection.
     *
     * @return bytes
     */
    public long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    /**
     * Returns how many collections ran while watching.
     *
     * @return the count
     */
    public long collections() {
        return collections.get();
    }

    /**
     * Returns the maximum heap the JVM may use ({@code -Xmx}).
     *
     * @return bytes
     */
    public long maxHeapBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
