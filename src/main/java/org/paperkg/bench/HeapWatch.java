package org.paperkg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the heap a piece of work needs: the largest heap occupancy right after a garbage
 * collection while it runs (what survived the collection: live data plus not-yet-collected old
 * objects), an upper bound of the live set, not the transient peak before a collection, which
 * only says how large the heap was allowed to grow; and the occupancy after a full collection at
 * the end ({@link #liveBytes}).
 */
final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final List<Runnable> unregister = new ArrayList<>();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            NotificationListener listener = (Notification n, Object handback) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) used += u.getUsed();
                // Non-heap pools (metaspace, code cache) are in the map too; take heap pools only.
                used -= nonHeap(info);
                peakAfterGc.accumulateAndGet(used, Math::max);
            };
            emitter.addNotificationListener(listener, null, null);
            unregister.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // Already gone.
                }
            });
        }
    }

    private static long nonHeap(GarbageCollectionNotificationInfo info) {
        long n = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.NON_HEAP) continue;
            MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (u != null) n += u.getUsed();
        }
        return n;
    }

    /** Bytes: the largest heap occupancy seen after a collection, including one forced now. */
    long peakBytes() {
        return Math.max(peakAfterGc.get(), liveBytes());
    }

    /**
     * Bytes in use right after a full collection now: what the work still holds (the store's
     * caches, for a build whose store is still open), without garbage. With G1 the occupancy after
     * the young collections {@link #peakBytes} sees can include old garbage up to the heap's
     * marking threshold (45% of -Xmx), so this is the better measure of what a build needs.
     */
    long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        unregister.forEach(Runnable::run);
    }
}
