package io.github.siked.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * The worker's three pipes, handed over by Commons Exec. Reader threads turn stdout into a queue
 * of lines, so that the caller can wait for a reply with a deadline, and keep the tail of stderr
 * for crash messages.
 */
final class WorkerPipes implements ExecuteStreamHandler {

    /** Queued after the last line when the worker closes its stdout; compared by identity. */
    static final String END = new String("<end of worker output>");

    private static final int ERROR_TAIL_CHARS = 2_000;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder errorTail = new StringBuilder();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch drained = new CountDownLatch(2);
    private volatile OutputStream stdin;
    private InputStream stdout;
    private InputStream stderr;

    @Override
    public void setProcessInputStream(OutputStream stream) {
        stdin = stream;
    }

    @Override
    public void setProcessOutputStream(InputStream stream) {
        stdout = stream;
    }

    @Override
    public void setProcessErrorStream(InputStream stream) {
        stderr = stream;
    }

    @Override
    public void start() {
        daemon("siked-sandbox-stdout", this::readLines).start();
        daemon("siked-sandbox-stderr", this::readErrors).start();
        started.countDown();
    }

    /**
     * Called by Commons Exec once the process has exited and before it closes the pipes: waits,
     * briefly, for the readers to take what is still buffered, so a worker's last words on stderr
     * (why it could not start) are not lost to the close.
     */
    @Override
    public void stop() {
        try {
            drained.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until Commons Exec has started the process and handed over its pipes. */
    boolean awaitStarted(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    OutputStream stdin() {
        return stdin;
    }

    /** The next line of output, {@link #END}, or null when none came within the timeout. */
    String nextLine(long timeoutNanos) throws InterruptedException {
        return lines.poll(timeoutNanos, TimeUnit.NANOSECONDS);
    }

    String errorTail() {
        synchronized (errorTail) {
            return errorTail.toString().strip();
        }
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // A killed worker's pipe may fail instead of ending; either way, no more lines come.
        }
        lines.add(END);
        drained.countDown();
    }

    private void readErrors() {
        byte[] buffer = new byte[4096];
        try (InputStream in = stderr) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (errorTail) {
                    errorTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (errorTail.length() > ERROR_TAIL_CHARS) {
                        errorTail.delete(0, errorTail.length() - ERROR_TAIL_CHARS);
                    }
                }
            }
        } catch (IOException e) {
            // As above: the worker is gone.
        }
        drained.countDown();
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
