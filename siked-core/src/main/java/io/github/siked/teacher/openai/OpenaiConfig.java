package io.github.siked.teacher.openai;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the {@code openai} teacher reaches an OpenAI-compatible server (vLLM, llama.cpp's server,
 * Ollama, TGI, OpenAI itself).
 *
 * @param endpoint the API's base address, up to and including its version path, for instance
 *     {@code http://127.0.0.1:8000/v1}; a trailing slash is dropped
 * @param model the model id the server serves, as {@code GET /v1/models} lists it
 * @param api which endpoint to call: {@code /completions} or {@code /chat/completions}
 * @param apiKeyEnv the name of the environment variable holding the API key, or null to send none
 *     (local servers); the key itself never appears in this record
 * @param concurrency the most requests in flight at once
 * @param requestTimeout how long one request may take before it is retried
 * @param maxRetries how many times one request is retried after its first attempt
 * @param backoffBase the first retry's upper bound; each retry doubles it (full jitter)
 * @param backoffCap the largest wait between two attempts, unless the server's {@code Retry-After}
 *     asks for longer
 * @param environment reads an environment variable by name; {@code System::getenv} outside tests
 */
public record OpenaiConfig(
        String endpoint,
        String model,
        OpenaiApi api,
        String apiKeyEnv,
        int concurrency,
        Duration requestTimeout,
        int maxRetries,
        Duration backoffBase,
        Duration backoffCap,
        Function<String, String> environment) {

    public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";
    static final String ENDPOINT_EXAMPLE = "http://127.0.0.1:8000/v1";

    public OpenaiConfig {
        endpoint = checkEndpoint(endpoint);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException(
                    "`siked.teacher.model` is missing: name a model the server serves, as GET " + endpoint
                            + "/models lists it");
        }
        Objects.requireNonNull(api, "api");
        if (apiKeyEnv != null && !apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "`siked.teacher.apiKeyEnv` must name an environment variable (letters, digits, _), not hold the"
                            + " key itself; was a value of " + apiKeyEnv.length() + " characters, not shown in case"
                            + " it is the key");
        }
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException(
                    "`siked.teacher.concurrency` must be between 1 and 1024; was " + concurrency);
        }
        requirePositive(requestTimeout, "requestTimeout");
        if (maxRetries < 0 || maxRetries > 100) {
            throw new IllegalArgumentException(
                    "`siked.teacher.maxRetries` must be between 0 and 100; was " + maxRetries);
        }
        requirePositive(backoffBase, "backoffBase");
        requirePositive(backoffCap, "backoffCap");
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("`siked.teacher.backoffCap` (" + backoffCap
                    + ") must be at least `siked.teacher.backoffBase` (" + backoffBase + ")");
        }
        Objects.requireNonNull(environment, "environment");
    }

    /**
     * The completions API, the key in {@code OPENAI_API_KEY}, 16 requests in flight, 10 minutes a
     * request (a 70B model writing 10 samples of 512 tokens under load takes minutes), 8 retries
     * waiting from 1 s up to 60 s.
     */
    public static OpenaiConfig defaults(String endpoint, String model) {
        return new OpenaiConfig(
                endpoint,
                model,
                OpenaiApi.COMPLETIONS,
                DEFAULT_API_KEY_ENV,
                16,
                Duration.ofMinutes(10),
                8,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                System::getenv);
    }

    public OpenaiConfig withApi(OpenaiApi value) {
        return new OpenaiConfig(
                endpoint,
                model,
                value,
                apiKeyEnv,
                concurrency,
                requestTimeout,
                maxRetries,
                backoffBase,
                backoffCap,
                environment);
    }

    public OpenaiConfig withApiKeyEnv(String value) {
        return new OpenaiConfig(
                endpoint,
                model,
                api,
                value,
                concurrency,
                requestTimeout,
                maxRetries,
                backoffBase,
                backoffCap,
                environment);
    }

    public OpenaiConfig withConcurrency(int value) {
        return new OpenaiConfig(
                endpoint,
                model,
                api,
                apiKeyEnv,
                value,
                requestTimeout,
                maxRetries,
                backoffBase,
                backoffCap,
                environment);
    }

    public OpenaiConfig withRequestTimeout(Duration value) {
        return new OpenaiConfig(
                endpoint, model, api, apiKeyEnv, concurrency, value, maxRetries, backoffBase, backoffCap, environment);
    }

    public OpenaiConfig withRetries(int max, Duration base, Duration cap) {
        return new OpenaiConfig(
                endpoint, model, api, apiKeyEnv, concurrency, requestTimeout, max, base, cap, environment);
    }

    public OpenaiConfig withEnvironment(Function<String, String> value) {
        return new OpenaiConfig(
                endpoint,
                model,
                api,
                apiKeyEnv,
                concurrency,
                requestTimeout,
                maxRetries,
                backoffBase,
                backoffCap,
                value);
    }

    /** Whether the key variable is named and holds a non-blank value; the value is not returned. */
    public boolean apiKeySet() {
        return apiKey() != null;
    }

    /** The key, read when asked so that it is never a field of anything that gets printed. */
    String apiKey() {
        if (apiKeyEnv == null) {
            return null;
        }
        String key = environment.apply(apiKeyEnv);
        return key == null || key.isBlank() ? null : key.strip();
    }

    /** Everything but the environment reader, so that printing a config never prints the key. */
    @Override
    public String toString() {
        return "OpenaiConfig[endpoint=" + endpoint + ", model=" + model + ", api=" + api.id()
                + ", apiKeyEnv=" + apiKeyEnv + ", concurrency=" + concurrency + ", requestTimeout="
                + requestTimeout + ", maxRetries=" + maxRetries + ", backoffBase=" + backoffBase
                + ", backoffCap=" + backoffCap + "]";
    }

    private static String checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalArgumentException(
                    "`siked.teacher.endpoint` is missing: give the server's API base address, for instance "
                            + ENDPOINT_EXAMPLE);
        }
        String value = endpoint.strip();
        if (!value.contains("://")) {
            throw malformed(value, "must start with http:// or https://");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw malformed(value, "is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw malformed(value, "must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw malformed(value, "names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw malformed(value, "must not have a query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        if (path.isEmpty()) {
            throw malformed(value, "has no path; OpenAI-compatible servers answer under /v1");
        }
        if (path.endsWith("/completions") || path.endsWith("/models")) {
            throw malformed(value, "names an operation; give the base the operations hang under");
        }
        return value.replaceAll("/+$", "");
    }

    private static IllegalArgumentException malformed(String value, String why) {
        return new IllegalArgumentException("`siked.teacher.endpoint` " + value + " " + why
                + ": use the API's base address, for instance " + ENDPOINT_EXAMPLE);
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("`siked.teacher." + key + "` must be a positive duration; was " + value);
        }
    }
}
