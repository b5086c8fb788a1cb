package io.github.siked.verify;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a few threads and hands their results on in submission order, holding at most a
 * fixed number in flight. Grading streams through it: programs run in parallel on the sandbox's
 * workers, the output keeps the input's order, and memory stays flat however long the input.
 */
final class OrderedPipeline<T> implements AutoCloseable {

    private final ExecutorService executor;
    private final int window;
    private final Consumer<T> sink;
    private final ArrayDeque<CompletableFuture<T>> inFlight = new ArrayDeque<>();

    /**
     * @param threads how many tasks run at once
     * @param window how many results may wait, finished or not, before {@link #submit} blocks
     * @param sink receives the results in submission order, on the submitting thread
     */
    OrderedPipeline(String name, int threads, int window, Consumer<T> sink) {
        this.executor = Executors.newFixedThreadPool(threads, daemonThreads(name));
        this.window = window;
        this.sink = sink;
    }

    /** Queues a task; first passes on finished results while the window is full. */
    void submit(Supplier<T> task) {
        while (inFlight.size() >= window) {
            sink.accept(await(inFlight.removeFirst()));
        }
        inFlight.addLast(CompletableFuture.supplyAsync(task, executor));
    }

    /**
     * Queues a result computed on the calling thread, for work too cheap to be worth a hand-off
     * (reading a number out of prose); it still waits for its turn behind earlier tasks.
     */
    void submitDone(T result) {
        while (inFlight.size() >= window) {
            sink.accept(await(inFlight.removeFirst()));
        }
        if (inFlight.isEmpty()) {
            sink.accept(result);
        } else {
            inFlight.addLast(CompletableFuture.completedFuture(result));
        }
    }

    /** Passes on every result still in flight. */
    void drain() {
        while (!inFlight.isEmpty()) {
            sink.accept(await(inFlight.removeFirst()));
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // A task's own exception, unwrapped, so callers see the sandbox's message rather than a wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
