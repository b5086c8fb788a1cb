package io.github.siked.teacher.openai;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the {@code openai} teacher reaches an OpenAI-compatible server (vLLM, llama.cpp's server,
 * Ollama, TGI, OpenAI itself). Start from {@link #defaults} and change what the pom sets with the
 * {@code with} methods.
 *
 * @param server the server's base address, the model and the API to call
 * @param key where the API key is read from; the key itself never appears in this record
 * @param concurrency the most requests in flight at once
 * @param requestTimeout how long one request may take before it is retried
 * @param retries how often a failed request is retried, and the waits between attempts
 */
public record OpenaiConfig(
        OpenaiServer server, OpenaiKey key, int concurrency, Duration requestTimeout, OpenaiRetries retries) {

    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

    public OpenaiConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(key, "key");
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException(
                    "`siked.teacher.concurrency` must be between 1 and 1024; was " + concurrency);
        }
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retries, "retries");
    }

    /**
     * The completions API, the key in {@code OPENAI_API_KEY}, 16 requests in flight, 10 minutes a
     * request (a 70B model writing 10 samples of 512 tokens under load takes minutes), 8 retries
     * waiting from 1 s up to 60 s.
     */
    public static OpenaiConfig defaults(String endpoint, String model) {
        return new OpenaiConfig(
                new OpenaiServer(endpoint, model, OpenaiApi.COMPLETIONS),
                new OpenaiKey(DEFAULT_API_KEY_ENV, System::getenv),
                16,
                Duration.ofMinutes(10),
                new OpenaiRetries(8, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }

    /** The same settings, calling {@code value}'s endpoint. */
    public OpenaiConfig withApi(OpenaiApi value) {
        return new OpenaiConfig(server.withApi(value), key, concurrency, requestTimeout, retries);
    }

    /** The same settings, reading the key from the variable {@code value}, or sending none when it is null. */
    public OpenaiConfig withApiKeyEnv(String value) {
        return withKey(new OpenaiKey(value, key.environment()));
    }

    /** Reads the key variable through {@code value} instead of the process environment (tests). */
    public OpenaiConfig withEnvironment(Function<String, String> value) {
        return withKey(new OpenaiKey(key.variable(), value));
    }

    /** The same settings with at most {@code value} requests in flight. */
    public OpenaiConfig withConcurrency(int value) {
        return new OpenaiConfig(server, key, value, requestTimeout, retries);
    }

    /** The same settings, waiting {@code value} for one answer before retrying. */
    public OpenaiConfig withRequestTimeout(Duration value) {
        return new OpenaiConfig(server, key, concurrency, value, retries);
    }

    /** The same settings with other retries: see {@link OpenaiRetries} for the parameters. */
    public OpenaiConfig withRetries(int max, Duration base, Duration cap) {
        return new OpenaiConfig(server, key, concurrency, requestTimeout, new OpenaiRetries(max, base, cap));
    }

    /** The first retry's upper bound: callers that set only the retry count pass it back unchanged. */
    public Duration backoffBase() {
        return retries.base();
    }

    /** The largest wait between attempts: callers that set only the retry count pass it back unchanged. */
    public Duration backoffCap() {
        return retries.cap();
    }

    private OpenaiConfig withKey(OpenaiKey value) {
        return new OpenaiConfig(server, value, concurrency, requestTimeout, retries);
    }

    static void requirePositive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("`siked.teacher." + key + "` must be a positive duration; was " + value);
        }
    }
}
