package io.github.siked.teacher.openai;

import io.github.siked.event.Durations;
import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends one request to the server until it is answered: at most {@code concurrency} in flight
 * (a wait between retries holds no permit), and retried with backoff on 408, 429, 5xx, timeouts,
 * dropped connections and bodies that cannot be read. Other refusals end at once.
 */
final class OpenaiCaller {

    /** The server refused a request in a way a retry cannot fix; the teacher may explain it better. */
    static final class Refusal extends TeacherException {
        final int status;
        final String said;

        Refusal(OpenaiConfig config, String request, int status, String said) {
            super(OpenaiErrors.refused(config, request, status, said));
            this.status = status;
            this.said = said;
        }
    }

    /** Reads a 200 answer's body. */
    @FunctionalInterface
    interface Reader<T> {
        T read(String body) throws OpenaiAnswer.Malformed;
    }

    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(30);

    private final OpenaiConfig config;
    private final OpenaiBackoff backoff;
    private final EventListener events;
    private final Semaphore permits;
    private final HttpClient client;
    /** Whether the server ever answered: a refused connection before that means it is not up. */
    private final AtomicBoolean reached = new AtomicBoolean();

    OpenaiCaller(OpenaiConfig config, OpenaiBackoff backoff, EventListener events) {
        this.config = config;
        this.backoff = backoff;
        this.events = events;
        this.permits = new Semaphore(config.concurrency(), true);
        // HTTP/1.1: the servers in question speak it, and asking for HTTP/2 over http:// adds an
        // h2c upgrade to every new connection that they ignore. Idle connections are kept and reused.
        // A connection is up in milliseconds or never: no need to wait the whole request timeout.
        Duration connect =
                config.requestTimeout().compareTo(CONNECT_LIMIT) < 0 ? config.requestTimeout() : CONNECT_LIMIT;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connect)
                .build();
    }

    /** {@code POST <endpoint><path>} with a JSON body. */
    <T> T post(String path, byte[] body, Reader<T> reader) {
        return call(path, HttpRequest.BodyPublishers.ofByteArray(body), reader);
    }

    /** {@code GET <endpoint><path>}. */
    <T> T get(String path, Reader<T> reader) {
        return call(path, null, reader);
    }

    private <T> T call(String path, HttpRequest.BodyPublisher body, Reader<T> reader) {
        HttpRequest request = request(path, body);
        String what = request.method() + " " + path;
        String last;
        Exception lastCause;
        for (int attempt = 1; ; attempt++) {
            String retryAfter = null;
            lastCause = null;
            try {
                HttpResponse<String> response = send(request);
                reached.set(true);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    try {
                        return reader.read(response.body());
                    } catch (OpenaiAnswer.Malformed e) {
                        last = "an answer that cannot be read: " + e.getMessage();
                        lastCause = e;
                    }
                } else if (status == 408 || status == 429 || status >= 500) {
                    last = OpenaiErrors.statusLine(status);
                    retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                } else if (status == 401 || status == 403) {
                    throw OpenaiErrors.unauthorized(config, status);
                } else if (status >= 300 && status < 400) {
                    throw OpenaiErrors.redirected(
                            config, status, response.headers().firstValue("Location"));
                } else {
                    String said =
                            OpenaiErrors.said(response.body(), config.key().value());
                    throw new Refusal(config, what, status, said);
                }
            } catch (HttpConnectTimeoutException | ConnectException e) {
                if (!reached.get()) {
                    throw OpenaiErrors.unreachable(config, e);
                }
                last = "connection refused";
                lastCause = e;
            } catch (HttpTimeoutException e) {
                last = "no answer within " + Durations.readable(config.requestTimeout()) + " (`<requestTimeout>`)";
                lastCause = e;
            } catch (IOException e) {
                last = "connection dropped (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                lastCause = e;
            }
            if (attempt > config.retries().max()) {
                throw OpenaiErrors.exhausted(config, what, attempt, last, lastCause);
            }
            Duration wait = backoff.delay(attempt, retryAfter);
            events.warn("teacher " + config.server().endpoint() + ": " + what + " got " + last + "; retry "
                    + attempt + " of " + config.retries().max() + " in " + Durations.readable(wait)
                    + (retryAfter == null ? "" : " (Retry-After: " + retryAfter + ")"));
            try {
                backoff.pause(wait);
            } catch (InterruptedException e) {
                throw interrupted(what, e);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            throw interrupted(request.method() + " " + request.uri().getPath(), e);
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            throw interrupted(request.method() + " " + request.uri().getPath(), e);
        } finally {
            permits.release();
        }
    }

    private HttpRequest request(String path, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(config.server().endpoint() + path))
                .timeout(config.requestTimeout())
                .header("Accept", "application/json");
        if (body == null) {
            builder.GET();
        } else {
            builder.header("Content-Type", "application/json").POST(body);
        }
        String key = config.key().value();
        if (key != null) {
            try {
                builder.header("Authorization", "Bearer " + key);
            } catch (IllegalArgumentException e) {
                // The JDK's message may quote the header; say what is wrong without it.
                throw new TeacherException("the API key in " + config.key().variable() + " cannot be sent in an"
                        + " HTTP header (it holds a line break or a control character): check how it was set");
            }
        }
        return builder.build();
    }

    private static TeacherException interrupted(String what, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new TeacherException("interrupted while waiting for " + what, e);
    }
}
