package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.openai.FakeOpenaiServer.Fault;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The texts users read when the teacher's server is unreachable, refuses or answers wrongly, pinned;
 * those about the configuration itself are in {@link OpenaiConfigTest}.
 */
class OpenaiMessagesTest {

    @RegisterExtension
    final FakeOpenaiServer server = FakeOpenaiServer.perTest();

    @Test
    void saysWhenTheServerCannotBeReached() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OpenaiConfig config = OpenaiConfig.defaults("http://127.0.0.1:" + port + "/v1", "fake-model")
                .withApiKeyEnv(null);

        assertEquals(
                "`siked.teacher.endpoint` http://127.0.0.1:" + port + "/v1 cannot be reached (connection"
                        + " refused): check that the server is up and listens on that host and port",
                failure(config));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "OPENAI_API_KEY|null|now OPENAI_API_KEY, which is not set",
                "TEACHER_KEY|sk-wrong|now TEACHER_KEY, which is set, but the server refused its value",
                "null|null|now none, so no key is sent",
            })
    void saysWhichVariableHoldsTheKeyOn401(String variable, String value, String state) {
        server.requireKey("sk-right");
        Map<String, String> environment = value == null ? Map.of() : Map.of(variable, value);
        OpenaiConfig config = config(server).withApiKeyEnv(variable).withEnvironment(environment::get);

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " answered 401 Unauthorized: set the"
                        + " API key in the environment variable named by `<apiKeyEnv>` (" + state + ")",
                failure(config));
    }

    @Test
    void listsTheServedModelsWhenTheModelIsUnknown() {
        server.serving("Qwen/Qwen2-1.5B", "meta-llama/Meta-Llama-3-70B");
        OpenaiConfig config =
                OpenaiConfig.defaults(server.endpoint(), "llama-3-70b").withApiKeyEnv(null);

        assertEquals(
                "`siked.teacher.model` 'llama-3-70b' is not served by " + server.endpoint() + "; it"
                        + " serves: Qwen/Qwen2-1.5B, meta-llama/Meta-Llama-3-70B. Set `<model>` to one of them",
                failure(config));
    }

    @Test
    void saysTheBasePathIsWrongWhenNothingAnswersThere() {
        String wrong = wrongBasePath();

        assertEquals(
                "`siked.teacher.endpoint` " + wrong + " answered 404 Not Found to POST /completions and"
                        + " to GET /models (404 Not Found): check that the endpoint ends with the API's base path (for"
                        + " instance http://127.0.0.1:8000/v1) and that the server offers the `<api>` completions (the"
                        + " other is chat)",
                failure(OpenaiConfig.defaults(wrong, "fake-model").withApiKeyEnv(null)));
    }

    @Test
    void saysTheBasePathIsWrongWhenTheModelListIsNotFound() {
        OpenaiTeacher teacher = new OpenaiTeacher(
                OpenaiConfig.defaults(wrongBasePath(), "fake-model").withApiKeyEnv(null), EventListener.NONE);

        TeacherException e = assertThrows(TeacherException.class, teacher::models);

        assertEquals(
                "`siked.teacher.endpoint` " + wrongBasePath() + " answered 404 Not Found to GET /models: check"
                        + " that the endpoint ends with the API's base path (for instance http://127.0.0.1:8000/v1)"
                        + " and that the server offers the `<api>` completions (the other is chat)",
                e.getMessage());
    }

    @Test
    void namesTheLastFaultAndTheAttemptsWhenRetriesRunOut() {
        server.schedule(Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
        OpenaiConfig config = config(server).withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " failed POST /completions 3 times;"
                        + " the last: 500 Internal Server Error. Check the server's log, or allow more retries with"
                        + " `<maxRetries>` (now 2)",
                failure(config));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        Fault.REDIRECT,
                        "answered 301 Moved Permanently, redirecting to https://teacher.example/v1/completions: set"
                                + " `<endpoint>` to the address the server really answers at (often https:// instead"
                                + " of http://)"),
                Arguments.of(
                        Fault.BAD_REQUEST,
                        "refused POST /completions with 400 Bad Request: \"bad request from null\". Check `<model>`"
                                + " (now 'fake-model') and the sampling settings"));
    }

    /** A redirect says where it points; a refusal quotes what the server said. */
    @ParameterizedTest
    @MethodSource("refusals")
    void explainsARefusalTheServerSent(Fault fault, String message) {
        server.schedule(fault);

        assertEquals("`siked.teacher.endpoint` " + server.endpoint() + " " + message, failure(config(server)));
    }

    /** The server's address with a base path it answers nothing under. */
    private String wrongBasePath() {
        return server.endpoint().replace("/v1", "/api");
    }

    /** The message of the teacher's failure to answer one request with {@code config}. */
    private static String failure(OpenaiConfig config) {
        OpenaiTeacher teacher = new OpenaiTeacher(config, EventListener.NONE);
        return assertThrows(TeacherException.class, () -> teacher.complete(request("Q", 1, 1)))
                .getMessage();
    }
}
