package io.github.siked.teacher.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An OpenAI-compatible server in the test's own process, on 127.0.0.1 and an ephemeral port,
 * serving {@code /v1/models}, {@code /v1/completions} and {@code /v1/chat/completions}. Its texts
 * depend only on (prompt, seed + choice index), so a reply can be checked against what a
 * fault-free server gives, and a sample asked alone with seed {@code s + i} equals choice {@code i}
 * of a request with seed {@code s}. Faults are switched on per generation request, from a schedule
 * first and then at random; the server counts requests per (prompt, seed) and keeps every body.
 *
 * <p>A test class gets a fresh server for each test with {@code @RegisterExtension final
 * FakeOpenaiServer server = FakeOpenaiServer.perTest();}: JUnit makes a test instance, and so a
 * server, per test, and stops the server after it.
 */
public final class FakeOpenaiServer implements AutoCloseable, AfterEachCallback {

    /** What the server does to one generation request instead of answering it properly. */
    public enum Fault {
        NONE,
        ERROR_500,
        RATE_LIMITED,
        SLOW,
        DROP,
        TRUNCATED,
        MALFORMED,
        FEWER_CHOICES,
        BAD_REQUEST,
        REDIRECT
    }

    public static final String FINGERPRINT = "fp-fake-1";
    public static final int PROMPT_TOKENS = 7;
    public static final int COMPLETION_TOKENS_PER_CHOICE = 5;

    private final HttpServer server;
    private final ExecutorService pool;
    private final Queue<Fault> schedule = new ConcurrentLinkedQueue<>();
    private final Queue<JsonNode> bodies = new ConcurrentLinkedQueue<>();
    private final Queue<String> authorizations = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Set<String> models = Set.of("fake-model");
    private volatile String requiredKey;
    private volatile String retryAfter;
    private volatile Duration slow = Duration.ofMillis(500);
    private volatile Duration delay = Duration.ZERO;
    private volatile double faultRate;
    private volatile List<Fault> faultKinds = List.of();
    private Random random = new Random(0);

    private FakeOpenaiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        pool = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "fake-openai");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/v1/models", this::models);
        server.createContext("/v1/completions", exchange -> generate(exchange, OpenaiApi.COMPLETIONS));
        server.createContext("/v1/chat/completions", exchange -> generate(exchange, OpenaiApi.CHAT));
        server.start();
    }

    public static FakeOpenaiServer start() throws IOException {
        return new FakeOpenaiServer();
    }

    /** A server for one test, to be registered as an extension, which stops it after the test. */
    public static FakeOpenaiServer perTest() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake OpenAI server", e);
        }
    }

    /** The base address, {@code http://127.0.0.1:<port>/v1}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The text a fault-free server writes for this prompt and seed (choice i of seed s: s + i). */
    public static String text(String prompt, long seed) {
        return "Step 1: " + Integer.toHexString(prompt.hashCode()) + " seed " + seed + ".\nFinal Answer: "
                + Math.floorMod(seed, 97);
    }

    public FakeOpenaiServer serving(String... ids) {
        models = Set.of(ids);
        return this;
    }

    /** Answers 401 to any request without {@code Authorization: Bearer <key>}. */
    public FakeOpenaiServer requireKey(String key) {
        requiredKey = key;
        return this;
    }

    /** The next generation requests get these faults, in order, before any random ones. */
    public FakeOpenaiServer schedule(Fault... faults) {
        schedule.addAll(List.of(faults));
        return this;
    }

    /** After the schedule, each generation request gets one of {@code kinds} with chance {@code rate}. */
    public synchronized FakeOpenaiServer mix(double rate, long seed, Fault... kinds) {
        faultRate = rate;
        faultKinds = List.of(kinds);
        random = new Random(seed);
        return this;
    }

    /** The {@code Retry-After} value sent with 429 (and 500); null sends none. */
    public FakeOpenaiServer retryAfter(String value) {
        retryAfter = value;
        return this;
    }

    /** How long a {@link Fault#SLOW} answer takes. */
    public FakeOpenaiServer slow(Duration value) {
        slow = value;
        return this;
    }

    /** How long every generation answer takes, so that requests overlap. */
    public FakeOpenaiServer delay(Duration value) {
        delay = value;
        return this;
    }

    /** Generation request bodies, in arrival order. */
    public List<JsonNode> bodies() {
        return List.copyOf(bodies);
    }

    /** The Authorization header of each request ("" when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Generation requests received for (prompt, seed), faulted ones included. */
    public int received(String prompt, long seed) {
        return count(received, prompt, seed);
    }

    /** Generation requests answered in full for (prompt, seed). */
    public int answered(String prompt, long seed) {
        return count(answered, prompt, seed);
    }

    /** Generation requests answered in full, in all. */
    public int answeredTotal() {
        return answered.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The most times any one (prompt, seed) was answered in full: 1 when nothing was asked twice. */
    public int maxAnsweredPerSeed() {
        return answered.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    /** The most generation requests the server was working on at once (during {@link #delay}). */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void models(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (!authorized(exchange)) {
            return;
        }
        ObjectNode root = Jsonl.MAPPER.createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        models.stream().sorted().forEach(id -> data.addObject().put("id", id).put("object", "model"));
        send(exchange, 200, root.toString());
    }

    private void generate(HttpExchange exchange, OpenaiApi api) throws IOException {
        JsonNode body = Jsonl.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        bodies.add(body);
        if (!authorized(exchange)) {
            return;
        }
        String prompt = api == OpenaiApi.COMPLETIONS
                ? body.path("prompt").asText()
                : body.path("messages").path(0).path("content").asText();
        long seed = body.path("seed").asLong();
        int n = body.path("n").asInt(1);
        increment(received, prompt, seed);
        String model = body.path("model").asText();
        if (!models.contains(model)) {
            send(
                    exchange,
                    404,
                    "{\"object\":\"error\",\"message\":\"The model `" + model
                            + "` does not exist.\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}");
            return;
        }
        work();
        answer(exchange, api, nextFault(), model, prompt, seed, n);
    }

    /**
     * Takes {@link #delay} as the time a model would compute, counted as in flight. The count ends
     * before the answer is sent: a client that has read its answer may send the next request before
     * this thread could count it down, and the server would see one more than the client allows.
     */
    private void work() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            sleep(delay);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void answer(
            HttpExchange exchange, OpenaiApi api, Fault fault, String model, String prompt, long seed, int n)
            throws IOException {
        switch (fault) {
            case ERROR_500 -> {
                withRetryAfter(exchange);
                send(exchange, 500, "{\"error\":{\"message\":\"CUDA out of memory\",\"type\":\"server_error\"}}");
            }
            case RATE_LIMITED -> {
                withRetryAfter(exchange);
                send(exchange, 429, "{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit\"}}");
            }
            case DROP -> exchange.close();
            case MALFORMED -> send(exchange, 200, "<html><body>502 Bad Gateway</body></html>");
            case REDIRECT -> {
                exchange.getResponseHeaders().set("Location", "https://teacher.example/v1/completions");
                send(exchange, 301, "");
            }
            case BAD_REQUEST ->
                send(
                        exchange,
                        400,
                        "{\"error\":{\"message\":\"bad request from "
                                + exchange.getRequestHeaders().getFirst("Authorization") + "\"}}");
            case TRUNCATED -> {
                byte[] full = completion(api, model, prompt, seed, n).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, full.length / 2);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(full, 0, full.length / 2);
                }
            }
            case SLOW -> {
                sleep(slow);
                increment(answered, prompt, seed);
                send(exchange, 200, completion(api, model, prompt, seed, n));
            }
            case FEWER_CHOICES -> send(exchange, 200, completion(api, model, prompt, seed, n / 2));
            case NONE -> {
                // Counted before sending: the client may read the answer before this thread goes on.
                increment(answered, prompt, seed);
                send(exchange, 200, completion(api, model, prompt, seed, n));
            }
            default -> throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    /** A full answer; choices listed last first, as a server finishing them out of order might. */
    private static String completion(OpenaiApi api, String model, String prompt, long seed, int n) {
        ObjectNode root = Jsonl.MAPPER
                .createObjectNode()
                .put("id", "cmpl-" + seed)
                .put("object", "text_completion")
                .put("created", 0)
                .put("model", model)
                .put("system_fingerprint", FINGERPRINT);
        ArrayNode choices = root.putArray("choices");
        for (int i = n - 1; i >= 0; i--) {
            ObjectNode choice = choices.addObject().put("index", i).put("finish_reason", "stop");
            if (api == OpenaiApi.COMPLETIONS) {
                choice.put("text", text(prompt, seed + i));
            } else {
                choice.putObject("message").put("role", "assistant").put("content", text(prompt, seed + i));
            }
        }
        root.putObject("usage")
                .put("prompt_tokens", PROMPT_TOKENS)
                .put("completion_tokens", COMPLETION_TOKENS_PER_CHOICE * n)
                .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS_PER_CHOICE * n);
        return root.toString();
    }

    private synchronized Fault nextFault() {
        Fault next = schedule.poll();
        if (next != null) {
            return next;
        }
        if (!faultKinds.isEmpty() && random.nextDouble() < faultRate) {
            return faultKinds.get(random.nextInt(faultKinds.size()));
        }
        return Fault.NONE;
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(given == null ? "" : given);
        if (requiredKey == null || ("Bearer " + requiredKey).equals(given)) {
            return true;
        }
        send(
                exchange,
                401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + given
                        + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
        return false;
    }

    private void withRetryAfter(HttpExchange exchange) {
        String value = retryAfter;
        if (value != null) {
            exchange.getResponseHeaders().set("Retry-After", value);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String prompt, long seed) {
        AtomicInteger count = counts.get(prompt + '\u0000' + seed);
        return count == null ? 0 : count.get();
    }

    private static void increment(Map<String, AtomicInteger> counts, String prompt, long seed) {
        counts.computeIfAbsent(prompt + '\u0000' + seed, key -> new AtomicInteger())
                .incrementAndGet();
    }
}
