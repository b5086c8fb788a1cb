package io.github.siked.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.siked.record.Jsonl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.ProcessDestroyer;
import org.apache.commons.exec.ShutdownHookProcessDestroyer;

/**
 * One persistent Python process that runs programs one at a time (worker.py, sent over stdin at
 * start). Not thread-safe: {@link PotSandbox} lends each worker to one caller at a time. A worker
 * that misses its deadline or dies is finished; {@link #alive()} tells the pool to replace it.
 */
final class PythonWorker implements AutoCloseable {

    /** Reads the worker's source from stdin, so that the command line stays short and readable. */
    private static final String BOOTSTRAP = "import sys;n=int(sys.stdin.buffer.readline());"
            + "exec(compile(sys.stdin.buffer.read(n),'siked-worker','exec'))";

    static final List<String> SCRIPT_PARTS = List.of("prelude.py", "check.py", "worker.py");
    private static final byte[] SCRIPT = loadScript();
    private static final ShutdownHookProcessDestroyer AT_EXIT = new ShutdownHookProcessDestroyer();
    private static final ObjectMapper JSON = Jsonl.MAPPER;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** How a worker ends when the kernel's RLIMIT_CPU backstop fires (128 + SIGXCPU). */
    private static final int KILLED_BY_CPU_LIMIT = 128 + 24;

    private final PythonInterpreter interpreter;
    private final WorkerPipes pipes = new WorkerPipes();
    private final DefaultExecuteResultHandler exit = new DefaultExecuteResultHandler();
    // No timeout of its own: the deadline is per request, and the watchdog kills on our call.
    private final ExecuteWatchdog watchdog = ExecuteWatchdog.builder()
            .setTimeout(ExecuteWatchdog.INFINITE_TIMEOUT_DURATION)
            .get();
    private final ProcessKeeper keeper = new ProcessKeeper();
    private long lastId;
    private boolean alive = true;

    private PythonWorker(PythonInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * Starts a worker and waits until it has loaded its prelude.
     *
     * @param prefix words before the interpreter (bubblewrap), or empty
     * @param memoryMiB address space the worker may add above its loaded prelude
     */
    static PythonWorker start(PythonInterpreter interpreter, List<String> prefix, int memoryMiB) {
        List<String> words = new ArrayList<>(prefix);
        words.addAll(List.of(interpreter.executable(), "-I", "-B", "-c", BOOTSTRAP, String.valueOf(memoryMiB)));
        CommandLine line = new CommandLine(words.get(0));
        words.subList(1, words.size()).forEach(word -> line.addArgument(word, false));
        PythonWorker worker = new PythonWorker(interpreter);
        DefaultExecutor executor = DefaultExecutor.builder().get();
        executor.setStreamHandler(worker.pipes);
        executor.setWatchdog(worker.watchdog);
        executor.setProcessDestroyer(worker.keeper);
        executor.setExitValues(null);
        try {
            executor.execute(line, worker.exit);
            // Named in errors without the bootstrap source and the memory argument.
            worker.handshake(String.join(" ", words.subList(0, words.size() - 3)));
            return worker;
        } catch (IOException e) {
            worker.close();
            throw new SandboxUnavailableException(
                    "could not start the Python worker " + interpreter.executable() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            worker.close();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while starting a Python worker");
        }
    }

    private void handshake(String command) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!pipes.awaitStarted(Duration.ofMillis(50))) {
            if (exit.hasResult() || System.nanoTime() > deadline) {
                throw new IOException(String.valueOf(exit.getException()));
            }
        }
        try {
            OutputStream stdin = pipes.stdin();
            stdin.write((SCRIPT.length + "\n").getBytes(StandardCharsets.US_ASCII));
            stdin.write(SCRIPT);
            stdin.flush();
        } catch (IOException e) {
            // The process ended before it read its script: what it said on stderr is the reason.
            exit.waitFor(Duration.ofSeconds(2));
            throw new IOException("it ended at start (" + command + "): " + pipes.errorTail(), e);
        }
        String ready = pipes.nextLine(Math.max(0, deadline - System.nanoTime()));
        if (ready == null || ready == WorkerPipes.END) {
            exit.waitFor(Duration.ofSeconds(2)); // let the stderr reader catch the last words
            throw new IOException("it did not become ready (" + command + "): " + pipes.errorTail());
        }
        JsonNode reply = JSON.readTree(ready);
        if (!reply.path("ready").asBoolean(false)) {
            throw new IOException(reply.path("error").asText(ready)
                    + "; name a Python 3.9+ interpreter with -Dsiked.python=/path/to/python3");
        }
    }

    /**
     * Runs one program. Never throws for what the program does; throws
     * {@link SandboxUnavailableException} when it needs sympy and the interpreter has none.
     */
    SandboxResult run(String program, double cpuSeconds) {
        if (!alive) {
            throw new IllegalStateException("this worker has ended; the pool must replace it");
        }
        long id = ++lastId;
        try {
            byte[] request = JSON.writeValueAsBytes(JSON.createObjectNode()
                    .put("id", id)
                    .put("program", program)
                    .put("cpu", cpuSeconds));
            OutputStream stdin = pipes.stdin();
            stdin.write(request);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            return ended();
        }
        // Twice the CPU limit and a margin: the worker's own timer answers well before this.
        long deadline = TimeUnit.MILLISECONDS.toNanos(Math.round(cpuSeconds * 2_000) + 5_000);
        String line;
        try {
            line = pipes.nextLine(deadline);
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while a program ran");
        }
        if (line == null) {
            kill();
            return new SandboxResult.Timeout();
        }
        if (line == WorkerPipes.END) {
            return ended();
        }
        return read(line, id);
    }

    private SandboxResult read(String line, long id) {
        JsonNode reply;
        try {
            reply = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            kill();
            return new SandboxResult.Failed("worker answered something that is not JSON: " + abbreviate(line));
        }
        if (reply.path("id").asLong(-1) != id) {
            kill();
            return new SandboxResult.Failed("worker answered out of turn: " + abbreviate(line));
        }
        return WorkerReply.toResult(reply, interpreter);
    }

    /** The worker closed its output: find out whether the CPU backstop or a crash ended it. */
    private SandboxResult ended() {
        kill();
        try {
            exit.waitFor(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = exit.hasResult() ? exit.getExitValue() : -1;
        if (code == KILLED_BY_CPU_LIMIT) {
            return new SandboxResult.Timeout();
        }
        return new SandboxResult.Failed("the Python worker crashed (exit " + code + ")"
                + (pipes.errorTail().isEmpty() ? "" : ": " + abbreviate(pipes.errorTail())));
    }

    boolean alive() {
        return alive;
    }

    private void kill() {
        alive = false;
        watchdog.destroyProcess();
        // The watchdog sends SIGTERM, which waits while a process is stopped: make sure it ends.
        Process process = keeper.process;
        if (process == null) {
            return;
        }
        try {
            if (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (alive) {
            kill();
        }
    }

    /** Keeps the started process for a forced kill, and hands it to the JVM-exit destroyer. */
    private static final class ProcessKeeper implements ProcessDestroyer {
        private volatile Process process;

        @Override
        public boolean add(Process started) {
            process = started;
            return AT_EXIT.add(started);
        }

        @Override
        public boolean remove(Process ended) {
            return AT_EXIT.remove(ended);
        }

        @Override
        public int size() {
            return AT_EXIT.size();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static byte[] loadScript() {
        // Three parts in order, sent as one script: prelude, static check, runner.
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        for (String part : SCRIPT_PARTS) {
            try (InputStream in = PythonWorker.class.getResourceAsStream(part)) {
                if (in == null) {
                    throw new IllegalStateException(part + " is missing from the siked-core jar");
                }
                in.transferTo(script);
                script.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + part + " from the siked-core jar", e);
            }
        }
        return script.toByteArray();
    }
}
