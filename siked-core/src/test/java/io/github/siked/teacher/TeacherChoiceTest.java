package io.github.siked.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.openai.FakeOpenaiServer;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.openai.OpenaiTeacher;
import io.github.siked.teacher.scripted.ErrorRates;
import io.github.siked.teacher.scripted.ScriptedTeacher;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which backend the pom names, what each needs, and the messages when it is not there. */
class TeacherChoiceTest {

    private static final SyntheticConfig SYNTHETIC = SyntheticConfig.defaults(7);

    @RegisterExtension
    final FakeOpenaiServer server = FakeOpenaiServer.perTest();

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        (Supplier<?>) () -> new TeacherChoice("gpu", null, null, null),
                        "siked.teacher.backend must be one of openai, scripted, file; was 'gpu'"),
                Arguments.of(
                        (Supplier<?>) () -> new TeacherChoice("openai", null, null, null),
                        "the openai backend needs siked.teacher.endpoint and siked.teacher.model, for instance"
                                + " http://127.0.0.1:8000/v1 and the model the server serves"),
                Arguments.of(
                        (Supplier<?>) () -> new TeacherChoice("file", null, null, null),
                        "the file backend needs siked.teacher.file: a JSONL file of teacher samples"),
                Arguments.of(
                        (Supplier<?>) () -> new TeacherChoice("scripted", null, null, null)
                                .open("gsm8k-train", SYNTHETIC, EventListener.NONE),
                        "the scripted teacher writes rationales only for synthetic problems: set"
                                + " siked.train.dataset=synthetic:train, or choose the openai or file backend for"
                                + " gsm8k-train"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void namesWhatTheBackendNeeds(Supplier<?> choose, String message) {
        assertEquals(
                message,
                assertThrows(IllegalArgumentException.class, choose::get).getMessage());
    }

    @Test
    void theScriptedTeacherIsTheDefaultsWithItsOwnName() {
        TeacherChoice choice = new TeacherChoice(" Scripted ", null, null, null);

        assertEquals("scripted", choice.model());
        assertEquals(ErrorRates.defaults(), choice.errorRates());
        TeacherBackend backend = choice.open("synthetic:train", SYNTHETIC, EventListener.NONE);
        assertInstanceOf(ScriptedTeacher.class, backend);
    }

    @Test
    void opensAServerThatServesTheModel() {
        TeacherChoice choice = openai("fake-model");

        assertEquals("fake-model", choice.model());
        try (TeacherBackend backend = choice.open("gsm8k-train", SYNTHETIC, EventListener.NONE)) {
            assertInstanceOf(OpenaiTeacher.class, backend);
        }
    }

    @Test
    void listsTheServedModelsWhenTheModelIsNotAmongThem() {
        TeacherChoice choice = openai("nope");

        TeacherException e =
                assertThrows(TeacherException.class, () -> choice.open("gsm8k-train", SYNTHETIC, EventListener.NONE));

        assertEquals(
                "siked.teacher.model nope is not served by " + server.endpoint() + "; it serves: fake-model",
                e.getMessage());
    }

    private TeacherChoice openai(String model) {
        return new TeacherChoice(
                "openai", OpenaiConfig.defaults(server.endpoint(), model).withApiKeyEnv(null), null, null);
    }
}
