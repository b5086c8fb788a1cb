package io.github.siked.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.siked.event.EventListener;
import io.github.siked.record.Jsonl;
import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.openai.OpenaiTeacher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run teacher}: the openai teacher against a zero-latency local server that answers
 * every request with the same tiny completion, 64 requests in flight, so that what is measured is
 * the client (and the in-process server beside it on the same cores). In the same run, the bare
 * JDK HttpClient posting a request with no JSON work, retries or permits is the baseline for the
 * teacher's own overhead. The two alternate in rounds, because on a shared 2-core machine the JIT
 * and the neighbours move the rate more than the code under test does.
 *
 * <p>Keys: {@code completions_per_s}, {@code raw_http_per_s}, {@code teacher_vs_raw},
 * {@code json_us_per_completion}.
 */
final class TeacherBench implements Bench.Benchmark {

    private static final int CONCURRENCY = 64;
    private static final int ROUNDS = 4;
    private static final int WARMUP_PER_ROUND = 2_500;
    private static final int REQUESTS_PER_ROUND = 5_000;
    private static final int SERVER_THREADS = 4;
    private static final byte[] ANSWER = ("{\"id\":\"cmpl-1\",\"object\":\"text_completion\",\"created\":0,"
                    + "\"model\":\"bench-model\",\"system_fingerprint\":\"fp-bench\",\"choices\":[{\"index\":0,"
                    + "\"text\":\"Final Answer: 4\",\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
                    + "\"completion_tokens\":5,\"total_tokens\":17}}")
            .getBytes(StandardCharsets.UTF_8);

    /** One request; returns how many texts came back. */
    @FunctionalInterface
    private interface Call {
        int call(long seed) throws Exception;
    }

    @Override
    public Map<String, Double> run() throws Exception {
        // The JDK server leaves Nagle's algorithm on unless asked; with keep-alive and small answers
        // that can hold an answer back behind the peer's delayed ACK. Read when the server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server = HttpServer.create(loopback, 1024);
        ExecutorService handlers = Executors.newFixedThreadPool(SERVER_THREADS);
        server.setExecutor(handlers);
        server.createContext("/v1/completions", TeacherBench::answer);
        server.start();
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        ExecutorService callers = Executors.newFixedThreadPool(CONCURRENCY);
        int total = ROUNDS * REQUESTS_PER_ROUND;
        System.out.printf(
                "teacher benchmark: %,d completions (n=1) after %,d warm-up, %d in flight,"
                        + " %d cores, server %d threads%n",
                total,
                ROUNDS * WARMUP_PER_ROUND,
                CONCURRENCY,
                Runtime.getRuntime().availableProcessors(),
                SERVER_THREADS);
        try {
            OpenaiTeacher teacher = new OpenaiTeacher(
                    OpenaiConfig.defaults(endpoint, "bench-model")
                            .withApiKeyEnv(null)
                            .withConcurrency(CONCURRENCY),
                    EventListener.NONE);
            Call viaTeacher = seed -> teacher.complete(request(seed)).texts().size();
            HttpClient bare =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest post = HttpRequest.newBuilder(URI.create(endpoint + "/completions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"bench-model\",\"n\":1}"))
                    .build();
            Call viaBare = seed ->
                    bare.send(post, HttpResponse.BodyHandlers.ofString()).body().isEmpty() ? 0 : 1;

            for (int round = 0; round < ROUNDS; round++) {
                measure(callers, viaTeacher, WARMUP_PER_ROUND, "warm-up teacher");
                measure(callers, viaBare, WARMUP_PER_ROUND, "warm-up raw http");
            }
            double teacherSeconds = 0;
            double bareSeconds = 0;
            for (int round = 0; round < ROUNDS; round++) {
                teacherSeconds += measure(callers, viaTeacher, REQUESTS_PER_ROUND, "teacher");
                bareSeconds += measure(callers, viaBare, REQUESTS_PER_ROUND, "raw http");
            }
            double jsonMicros = jsonCost();
            System.out.printf(
                    "%-16s %,7d requests in %6.2f s: %,8.0f requests/s%n",
                    "teacher, all", total, teacherSeconds, total / teacherSeconds);
            System.out.printf(
                    "%-16s %,7d requests in %6.2f s: %,8.0f requests/s%n",
                    "raw http, all", total, bareSeconds, total / bareSeconds);

            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("completions_per_s", total / teacherSeconds);
            figures.put("raw_http_per_s", total / bareSeconds);
            figures.put("teacher_vs_raw", bareSeconds / teacherSeconds);
            figures.put("json_us_per_completion", jsonMicros);
            return figures;
        } finally {
            callers.shutdownNow();
            server.stop(0);
            handlers.shutdownNow();
        }
    }

    /** Runs {@code count} calls from {@link #CONCURRENCY} threads; returns the seconds taken. */
    private static double measure(ExecutorService callers, Call call, int count, String label) throws Exception {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Future<Long>> workers = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            workers.add(callers.submit(() -> {
                long texts = 0;
                for (long seed = next.getAndIncrement(); seed < count; seed = next.getAndIncrement()) {
                    texts += call.call(seed);
                }
                return texts;
            }));
        }
        long texts = 0;
        for (Future<Long> worker : workers) {
            texts += worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (texts != count) {
            throw new IllegalStateException(label + ": expected " + count + " texts, got " + texts);
        }
        System.out.printf(
                "%-16s %,7d requests in %6.2f s: %,8.0f requests/s%n", label, count, seconds, count / seconds);
        return seconds;
    }

    /**
     * Microseconds of JSON work per completion on one thread: building and writing a request body
     * and reading an answer with the same Jackson tree calls the teacher makes.
     */
    private static double jsonCost() throws Exception {
        ObjectMapper mapper = Jsonl.MAPPER;
        int rounds = 200_000;
        long sink = 0;
        long start = 0;
        for (int i = 0; i < 2 * rounds; i++) {
            if (i == rounds) {
                start = System.nanoTime();
            }
            var body = mapper.createObjectNode()
                    .put("model", "bench-model")
                    .put("prompt", "Q: 2 + 2?")
                    .put("n", 1)
                    .put("temperature", 0.7)
                    .put("top_p", 0.95)
                    .put("max_tokens", 512)
                    .put("seed", i);
            sink += mapper.writeValueAsBytes(body).length;
            sink += mapper.readTree(ANSWER).path("choices").size();
        }
        double micros = (System.nanoTime() - start) / 1e3 / rounds;
        System.out.printf(
                "%-16s %,7d request bodies written and answers read: %.2f µs each%s%n",
                "json", rounds, micros, sink == 0 ? " (nothing written?)" : "");
        return micros;
    }

    private static TeacherRequest request(long seed) {
        return new TeacherRequest(
                new Problem("b-" + seed, "2 + 2?", "4"), Strategy.COT, "Q: 2 + 2?", 1, seed, Sampling.siked());
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, ANSWER.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(ANSWER);
        }
    }
}
