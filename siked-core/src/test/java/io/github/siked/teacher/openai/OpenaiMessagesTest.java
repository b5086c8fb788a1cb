package io.github.siked.teacher.openai;

import static io.github.siked.teacher.openai.OpenaiTestSupport.config;
import static io.github.siked.teacher.openai.OpenaiTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.openai.FakeOpenaiServer.Fault;
import io.github.siked.teacher.openai.OpenaiTestSupport.RecordingBackoff;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The texts users read when the teacher's configuration or server is wrong, pinned. */
class OpenaiMessagesTest {

    private FakeOpenaiServer server;

    @BeforeEach
    void start() throws Exception {
        server = FakeOpenaiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
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
    void saysTheEndpointIsMissing() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> OpenaiConfig.defaults(" ", "m"));

        assertEquals(
                "`siked.teacher.endpoint` is missing: give the server's API base address, for instance"
                        + " http://127.0.0.1:8000/v1",
                e.getMessage());
    }

    @Test
    void dropsATrailingSlash() {
        assertEquals(
                "http://127.0.0.1:8000/v1",
                OpenaiConfig.defaults("http://127.0.0.1:8000/v1/", "m").server().endpoint());
    }

    @Test
    void refusesAKeyWhereTheVariableNameGoes() {
        String key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD";
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> OpenaiConfig.defaults("http://h/v1", "m").withApiKeyEnv(key));

        assertEquals(
                "`siked.teacher.apiKeyEnv` must name an environment variable (letters, digits, _), not"
                        + " hold the key itself; was a value of 48 characters, not shown in case it is the key",
                e.getMessage());
    }

    @Test
    void namesTheUnknownApi() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenaiApi.fromId("responses"));

        assertEquals("`siked.teacher.api` 'responses' is unknown: use one of completions, chat", e.getMessage());
    }

    @Test
    void saysWhenTheServerCannotBeReached() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OpenaiConfig config = OpenaiConfig.defaults("http://127.0.0.1:" + port + "/v1", "fake-model")
                .withApiKeyEnv(null);
        OpenaiTeacher teacher = new OpenaiTeacher(config, EventListener.NONE);

        TeacherException e = assertThrows(TeacherException.class, () -> teacher.complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` http://127.0.0.1:" + port + "/v1 cannot be reached (connection"
                        + " refused): check that the server is up and listens on that host and port",
                e.getMessage());
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

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config, EventListener.NONE).complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " answered 401 Unauthorized: set the"
                        + " API key in the environment variable named by `<apiKeyEnv>` (" + state + ")",
                e.getMessage());
    }

    @Test
    void listsTheServedModelsWhenTheModelIsUnknown() {
        server.serving("Qwen/Qwen2-1.5B", "meta-llama/Meta-Llama-3-70B");
        OpenaiConfig config =
                OpenaiConfig.defaults(server.endpoint(), "llama-3-70b").withApiKeyEnv(null);

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config, EventListener.NONE).complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.model` 'llama-3-70b' is not served by " + server.endpoint() + "; it"
                        + " serves: Qwen/Qwen2-1.5B, meta-llama/Meta-Llama-3-70B. Set `<model>` to one of them",
                e.getMessage());
    }

    @Test
    void saysTheBasePathIsWrongWhenNothingAnswersThere() {
        String wrong = server.endpoint().replace("/v1", "/api");
        OpenaiConfig config = OpenaiConfig.defaults(wrong, "fake-model").withApiKeyEnv(null);

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config, EventListener.NONE).complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` " + wrong + " answered 404 Not Found to POST /completions and"
                        + " to GET /models (404 Not Found): check that the endpoint ends with the API's base path (for"
                        + " instance http://127.0.0.1:8000/v1) and that the server offers the `<api>` completions (the"
                        + " other is chat)",
                e.getMessage());
    }

    @Test
    void saysTheBasePathIsWrongWhenTheModelListIsNotFound() {
        String wrong = server.endpoint().replace("/v1", "/api");
        OpenaiConfig config = OpenaiConfig.defaults(wrong, "fake-model").withApiKeyEnv(null);

        TeacherException e =
                assertThrows(TeacherException.class, () -> new OpenaiTeacher(config, EventListener.NONE).models());

        assertEquals(
                "`siked.teacher.endpoint` " + wrong + " answered 404 Not Found to GET /models: check"
                        + " that the endpoint ends with the API's base path (for instance http://127.0.0.1:8000/v1)"
                        + " and that the server offers the `<api>` completions (the other is chat)",
                e.getMessage());
    }

    @Test
    void namesTheLastFaultAndTheAttemptsWhenRetriesRunOut() {
        server.schedule(Fault.ERROR_500, Fault.ERROR_500, Fault.ERROR_500);
        OpenaiConfig config = config(server).withRetries(2, Duration.ofMillis(1), Duration.ofMillis(1));

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config, EventListener.NONE, new RecordingBackoff(config).backoff)
                        .complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " failed POST /completions 3 times;"
                        + " the last: 500 Internal Server Error. Check the server's log, or allow more retries with"
                        + " `<maxRetries>` (now 2)",
                e.getMessage());
    }

    @Test
    void saysWhereARedirectPoints() {
        server.schedule(Fault.REDIRECT);

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config(server), EventListener.NONE).complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " answered 301 Moved Permanently,"
                        + " redirecting to https://teacher.example/v1/completions: set `<endpoint>` to the address the"
                        + " server really answers at (often https:// instead of http://)",
                e.getMessage());
    }

    @Test
    void quotesWhatTheServerSaidWhenItRefusesARequest() {
        server.schedule(Fault.BAD_REQUEST);

        TeacherException e = assertThrows(
                TeacherException.class,
                () -> new OpenaiTeacher(config(server), EventListener.NONE).complete(request("Q", 1, 1)));

        assertEquals(
                "`siked.teacher.endpoint` " + server.endpoint() + " refused POST /completions with 400"
                        + " Bad Request: \"bad request from null\". Check `<model>` (now 'fake-model') and the sampling"
                        + " settings",
                e.getMessage());
    }
}
