package org.tessera.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use over a stretch of work. The heap fills until a collection empties it, so the
 * largest total "used before GC" reported by the collectors' notifications is the true peak; the
 * heap pools' use now covers the stretch since the last collection. Thread-safe; {@link #close} unregisters from the collectors.
 */
public final class HeapWatcher implements AutoCloseable {
    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    public HeapWatcher() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
        reset();
    }

    private void onGc(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = heapTotal(info.getGcInfo().getMemoryUsageBeforeGc());
        peakBeforeGc.accumulateAndGet(used, Math::max);
        liveAfterGc.accumulateAndGet(heapTotal(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    /** Sum of the heap pools in a GC's usage map (it also lists non-heap pools). */
    private static long heapTotal(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = usage.get(pool.getName());
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    /** Starts a new stretch: forgets earlier peaks. */
    public void reset() {
        peakBeforeGc.set(0);
        liveAfterGc.set(0);
    }

    /** The most heap in use at any moment since {@link #reset}, in bytes (as well as the beans can tell). */
    public long peakBytes() {
        long now = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = pool.getUsage();
            if (u != null) now += u.getUsed();
        }
        return Math.max(peakBeforeGc.get(), now);
    }

    /**
     * The largest heap left after any collection since {@link #reset}: what the work really keeps
     * alive (models plus documents in flight), as opposed to how far the collector let the heap fill.
     */
    public long liveBytes() {
        return liveAfterGc.get();
    }

    /** The heap limit (-Xmx), in bytes. */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }
}
