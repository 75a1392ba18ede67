package org.marsad.link.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use while a benchmark runs, sampled every 10 ms on a daemon thread. Heap in use
 * counts garbage not yet collected, so it is an upper bound of what the work needs; the JVM's -Xmx
 * is the hard one.
 */
final class HeapSampler {

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** Stops sampling and returns the peak heap in use, in bytes. */
    long stop() {
        running = false;
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }
}
