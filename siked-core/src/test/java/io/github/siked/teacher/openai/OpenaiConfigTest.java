package io.github.siked.teacher.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The openai teacher's settings, grouped by concern: their defaults, their changes and their messages. */
class OpenaiConfigTest {

    private static final OpenaiConfig DEFAULTS = OpenaiConfig.defaults("http://h/v1", "m");

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(new OpenaiServer("http://h/v1", "m", OpenaiApi.COMPLETIONS), DEFAULTS.server());
        assertEquals("OPENAI_API_KEY", DEFAULTS.key().variable());
        assertEquals(16, DEFAULTS.concurrency());
        assertEquals(Duration.ofMinutes(10), DEFAULTS.requestTimeout());
        assertEquals(new OpenaiRetries(8, Duration.ofSeconds(1), Duration.ofSeconds(60)), DEFAULTS.retries());
    }

    @Test
    void eachChangeKeepsTheOtherSettings() {
        OpenaiConfig changed = DEFAULTS.withApi(OpenaiApi.CHAT)
                .withApiKeyEnv("MY_KEY")
                .withConcurrency(3)
                .withRequestTimeout(Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20));

        assertEquals(new OpenaiServer("http://h/v1", "m", OpenaiApi.CHAT), changed.server());
        assertEquals("MY_KEY", changed.key().variable());
        assertEquals(3, changed.concurrency());
        assertEquals(Duration.ofSeconds(5), changed.requestTimeout());
        assertEquals(new OpenaiRetries(2, Duration.ofMillis(10), Duration.ofMillis(20)), changed.retries());
        assertEquals(Duration.ofMillis(10), changed.backoffBase());
        assertEquals(Duration.ofMillis(20), changed.backoffCap());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal(
                        () -> OpenaiConfig.defaults(" ", "m"),
                        "`siked.teacher.endpoint` is missing: give the server's API base address, for instance"
                                + " http://127.0.0.1:8000/v1"),
                refusal(
                        () -> DEFAULTS.withApiKeyEnv("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD"),
                        "`siked.teacher.apiKeyEnv` must name an environment variable (letters, digits, _), not"
                                + " hold the key itself; was a value of 48 characters, not shown in case it is the"
                                + " key"),
                refusal(
                        () -> OpenaiApi.fromId("responses"),
                        "`siked.teacher.api` 'responses' is unknown: use one of completions, chat"),
                refusal(
                        () -> OpenaiConfig.defaults("http://h/v1", " "),
                        "`siked.teacher.model` is missing: name a model the server serves, as GET http://h/v1/models"
                                + " lists it"),
                refusal(
                        () -> DEFAULTS.withConcurrency(0),
                        "`siked.teacher.concurrency` must be between 1 and 1024; was 0"),
                refusal(
                        () -> DEFAULTS.withRequestTimeout(Duration.ZERO),
                        "`siked.teacher.requestTimeout` must be a positive duration; was PT0S"),
                refusal(
                        () -> DEFAULTS.withRetries(101, Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        "`siked.teacher.maxRetries` must be between 0 and 100; was 101"),
                refusal(
                        () -> DEFAULTS.withRetries(1, Duration.ofSeconds(-1), Duration.ofSeconds(2)),
                        "`siked.teacher.backoffBase` must be a positive duration; was PT-1S"),
                refusal(
                        () -> DEFAULTS.withRetries(1, Duration.ofSeconds(1), null),
                        "`siked.teacher.backoffCap` must be a positive duration; was null"),
                refusal(
                        () -> DEFAULTS.withRetries(1, Duration.ofSeconds(2), Duration.ofSeconds(1)),
                        "`siked.teacher.backoffCap` (PT1S) must be at least `siked.teacher.backoffBase` (PT2S)"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void namesTheSettingAndTheBadValue(Supplier<?> make, String message) {
        assertEquals(
                message, assertThrows(IllegalArgumentException.class, make::get).getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ftp://127.0.0.1/v1|must start with http:// or https://",
                "127.0.0.1:8000/v1|must start with http:// or https://",
                "http://127.0.0.1:8000|has no path; OpenAI-compatible servers answer under /v1",
                "http://127.0.0.1:8000/v1/chat/completions|names an operation;"
                        + " give the base the operations hang under",
                "http://127.0.0.1:8000/v1?x=1|must not have a query or fragment",
                "http://[::1/v1|is not a URL (Expected closing bracket for IPv6 address)",
            })
    void namesTheMalformedEndpointAndTheExpectedForm(String endpoint, String why) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> OpenaiConfig.defaults(endpoint, "m"));

        assertEquals(
                "`siked.teacher.endpoint` " + endpoint + " " + why
                        + ": use the API's base address, for instance http://127.0.0.1:8000/v1",
                e.getMessage());
    }

    @Test
    void dropsATrailingSlash() {
        assertEquals(
                "http://127.0.0.1:8000/v1",
                OpenaiConfig.defaults("http://127.0.0.1:8000/v1/", "m").server().endpoint());
    }

    @Test
    void readsTheKeyOnlyFromANamedNonBlankVariable() {
        Map<String, String> environment = Map.of("SET", " sk-1 \n", "BLANK", " ");

        assertEquals("sk-1", new OpenaiKey("SET", environment::get).value());
        assertTrue(new OpenaiKey("SET", environment::get).isSet());
        assertFalse(new OpenaiKey("BLANK", environment::get).isSet());
        assertFalse(new OpenaiKey("UNSET", environment::get).isSet());
        assertNull(new OpenaiKey(null, environment::get).value());
    }

    @Test
    void printsTheVariableButNeverTheKey() {
        OpenaiConfig config = DEFAULTS.withApiKeyEnv("SET").withEnvironment(Map.of("SET", "sk-secret")::get);

        assertEquals("OpenaiKey[variable=SET]", config.key().toString());
        assertFalse(config.toString().contains("sk-secret"), config.toString());
    }

    private static Arguments refusal(Supplier<?> make, String message) {
        return Arguments.of(make, message);
    }
}
