package io.ordercenter.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of workers, each calling as fast as its answers come back (closed loop): a warm-up
 * that is thrown away, then a measured phase of fixed length. Bounded in time by construction.
 */
public final class ClosedLoop {

    /** One call; returns whether it succeeded. Exceptions count as failures. */
    @FunctionalInterface
    public interface Call {
        boolean call(int worker) throws Exception;
    }

    private ClosedLoop() {}

    public static Sample run(String name, int workers, Duration warmUp, Duration measured, Call call)
            throws InterruptedException {
        Sample discarded = new Sample(name + " (warm-up)");
        phase(discarded, workers, warmUp, call);
        Sample sample = new Sample(name);
        phase(sample, workers, measured, call);
        return sample;
    }

    private static void phase(Sample sample, int workers, Duration length, Call call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long begin = System.nanoTime();
        long end = begin + length.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                    long start = System.nanoTime();
                    boolean success;
                    try {
                        success = call.call(worker);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        success = false;
                    }
                    sample.record(System.nanoTime() - start, success);
                }
            }));
        }
        pool.shutdown();
        // a call may still be in flight at the end: give it its own time limit, then stop it
        if (!pool.awaitTermination(length.toMillis() + TimeUnit.SECONDS.toMillis(30), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
        sample.finish(System.nanoTime() - begin);
    }
}
