package io.github.siked.sandbox;

import io.github.siked.event.EventListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs program-of-thought programs (PoT, Chen et al. 2022, arXiv 2211.12588; as graded in SIKeD,
 * arXiv 2410.18574) in a pool of persistent Python workers, one per core by default. Each program
 * runs after the SIKeD prelude and its {@code answer} is read back; see worker.py for the layers
 * that contain a hostile program. Thread-safe: call {@link #run} from as many threads as there are
 * workers.
 */
public final class PotSandbox implements AutoCloseable {

    private final SandboxConfig config;
    private final PythonInterpreter interpreter;
    private final List<String> prefix;
    private final BlockingQueue<Slot> idle;
    private volatile boolean closed;

    /** A place in the pool; its worker is null after one ended and before it is replaced. */
    private static final class Slot {
        PythonWorker worker;
    }

    /**
     * Resolves the interpreter and isolation, and starts every worker.
     *
     * @throws SandboxUnavailableException when no suitable Python is found, or bubblewrap was
     *     required and does not work here
     */
    public PotSandbox(SandboxConfig config, EventListener events) {
        this.config = config;
        this.interpreter = PythonInterpreter.resolve(config.python());
        this.prefix = isolationPrefix(config.isolation(), interpreter, events);
        this.idle = new ArrayBlockingQueue<>(config.workers());
        startAll();
        events.info("sandbox: " + config.workers() + " Python workers, " + interpreter.executable()
                + " (Python " + interpreter.version() + ", "
                + (interpreter.hasSympy() ? "sympy " + interpreter.sympyVersion() : "no sympy") + "), "
                + (prefix.isEmpty() ? "no OS isolation" : "bubblewrap isolation") + ", "
                + config.cpuSeconds() + " s CPU and " + config.memoryMiB() + " MiB per program");
    }

    private static List<String> isolationPrefix(
            Isolation isolation, PythonInterpreter interpreter, EventListener events) {
        if (isolation == Isolation.NONE) {
            return List.of();
        }
        var problem = Bubblewrap.problem(interpreter.executable());
        if (problem.isEmpty()) {
            return Bubblewrap.prefix();
        }
        if (isolation == Isolation.BWRAP) {
            throw new SandboxUnavailableException("siked.sandbox.isolation=bwrap, but " + problem.get()
                    + ". Install bubblewrap and allow user namespaces, or set siked.sandbox.isolation=auto"
                    + " to fall back to the worker's own limits.");
        }
        events.warn("sandbox: running without OS isolation because " + problem.get()
                + "; programs are still contained by the worker's checks, audit hook and limits");
        return List.of();
    }

    private void startAll() {
        // Workers load sympy for a second or more each: start them side by side.
        ExecutorService starters = Executors.newFixedThreadPool(Math.min(config.workers(), 8));
        try {
            List<CompletableFuture<PythonWorker>> starts = new ArrayList<>();
            for (int i = 0; i < config.workers(); i++) {
                starts.add(CompletableFuture.supplyAsync(this::startWorker, starters));
            }
            for (CompletableFuture<PythonWorker> start : starts) {
                Slot slot = new Slot();
                slot.worker = start.join();
                idle.add(slot);
            }
        } catch (CompletionException e) {
            close();
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    private PythonWorker startWorker() {
        return PythonWorker.start(interpreter, prefix, config.memoryMiB());
    }

    /**
     * Runs one program and reads its {@code answer}. Blocks while every worker is busy.
     *
     * @throws SandboxUnavailableException only for the environment: sympy missing for a program
     *     that calls it, or a worker that cannot be restarted
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public SandboxResult run(String program) {
        Slot slot = take();
        try {
            if (slot.worker == null) {
                slot.worker = startWorker();
            }
            return slot.worker.run(program, config.cpuSeconds());
        } finally {
            if (slot.worker != null && !slot.worker.alive()) {
                slot.worker.close();
                slot.worker = null; // replaced by the next caller that takes this slot
            }
            idle.add(slot);
            if (closed) {
                close(); // a worker that came back after close() must not outlive the sandbox
            }
        }
    }

    private Slot take() {
        if (closed) {
            throw new IllegalStateException("this PotSandbox is closed");
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a free Python worker");
        }
    }

    /** The interpreter the workers run. */
    public PythonInterpreter interpreter() {
        return interpreter;
    }

    /** Whether the workers run inside bubblewrap. */
    public boolean isolated() {
        return !prefix.isEmpty();
    }

    /** Stops the idle workers; a worker still running a program is stopped when it comes back. */
    @Override
    public void close() {
        closed = true;
        for (Slot slot = idle.poll(); slot != null; slot = idle.poll()) {
            if (slot.worker != null) {
                slot.worker.close();
            }
        }
    }
}
