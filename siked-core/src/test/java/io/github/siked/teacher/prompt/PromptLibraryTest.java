package io.github.siked.teacher.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.siked.record.Problem;
import io.github.siked.stage.Sha256;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromptLibraryTest {

    @TempDir
    Path dir;

    private static final Problem PROBLEM =
            new Problem("q-1", "  Ann has 3 {apples}. How many {question} marks?\n", "3");

    @Test
    void rendersTheQuestionInPlaceOfThePlaceholder() {
        PromptLibrary library = PromptLibrary.load(PromptSource.directory(PromptExamples.folder()));
        for (Strategy strategy : Strategy.values()) {
            String prompt = library.render(PROBLEM, strategy);
            String text = library.template(strategy).file().text();
            // The question is inserted stripped, and braces in it are left alone.
            assertEquals(text.replace("{question}", "Ann has 3 {apples}. How many {question} marks?"), prompt);
            assertTrue(prompt.endsWith("Question: Ann has 3 {apples}. How many {question} marks?\nAnswer:\n"));
        }
    }

    @Test
    void hashesEveryFileItLoaded() {
        Path folder = PromptExamples.folder();
        PromptLibrary library = PromptLibrary.load(PromptSource.directory(folder));
        assertEquals(
                Map.of(
                        "cot.txt",
                        Sha256.of(folder.resolve("cot.txt")),
                        "l2m.txt",
                        Sha256.of(folder.resolve("l2m.txt")),
                        "pot.txt",
                        Sha256.of(folder.resolve("pot.txt"))),
                library.fileHashes());
        assertEquals(
                List.of("cot.txt", "l2m.txt", "pot.txt"),
                List.copyOf(library.fileHashes().keySet()));
    }

    @Test
    void readsOnlyTheStrategiesAskedFor() throws IOException {
        write("pot.txt", "Write a program.\n\nQuestion: {question}\nAnswer:\n");
        PromptLibrary library = PromptLibrary.load(PromptSource.directory(dir), List.of(Strategy.POT));
        assertEquals(List.of("pot.txt"), List.copyOf(library.fileHashes().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.template(Strategy.COT));
        assertEquals(
                "no cot prompt loaded: this library holds [pot]; load it with cot among the" + " strategies",
                e.getMessage());
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of(
                        Strategy.L2M,
                        null,
                        " does not exist: point siked.prompts at a directory holding it (the project's prompts/ has"
                                + " one)"),
                Arguments.of(
                        Strategy.COT,
                        "Solve it.\n\nQuestion: \nAnswer:\n".getBytes(StandardCharsets.UTF_8),
                        " has no {question} placeholder: end it with a line 'Question: {question}' where the problem"
                                + " goes"),
                Arguments.of(
                        Strategy.COT,
                        new byte[] {'Q', ':', ' ', (byte) 0xE9, '{', 'q', '}'},
                        " is not valid UTF-8: save it as UTF-8"));
    }

    /** A file that is missing, has no placeholder or is not UTF-8 is named, with what to do. */
    @ParameterizedTest
    @MethodSource("unusableFiles")
    void anUnusableFileIsNamed(Strategy strategy, byte[] content, String problem) throws IOException {
        Path file = dir.resolve(PromptLibrary.fileName(strategy));
        if (content != null) {
            Files.write(file, content);
        }

        assertEquals("prompt file " + file + problem, loadFailure(strategy));
    }

    @Test
    void aPlaceholderTwiceIsAnError() throws IOException {
        write("cot.txt", "Question: {question}\nAnswer:\n\nQuestion: {question}\nAnswer:\n");
        String message = loadFailure(Strategy.COT);
        assertTrue(
                message.startsWith("prompt file " + dir.resolve("cot.txt") + " has {question} more than once"),
                message);
    }

    @Test
    void aDirectoryInPlaceOfAFileCannotBeRead() throws IOException {
        Files.createDirectory(dir.resolve("pot.txt"));
        String message = loadFailure(Strategy.POT);
        assertTrue(message.startsWith("prompt file " + dir.resolve("pot.txt") + " cannot be read"), message);
    }

    @Test
    void noStrategiesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PromptLibrary.load(PromptSource.directory(dir), List.of()));
    }

    @Test
    void loadsFromTheClasspathFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("io/github/siked/prompts"));
        Files.writeString(folder.resolve("l2m.txt"), "Decompose.\n\nQuestion: {question}\nAnswer:\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PromptSource source = PromptSource.classpath(loader);
            PromptLibrary library = PromptLibrary.load(source, List.of(Strategy.L2M));
            assertEquals(
                    "Decompose.\n\nQuestion: Ann has 3 {apples}. How many {question} marks?\nAnswer:\n",
                    library.render(PROBLEM, Strategy.L2M));
            assertEquals(
                    Sha256.of(folder.resolve("l2m.txt")), library.fileHashes().get("l2m.txt"));
            assertEquals(
                    "classpath:/io/github/siked/prompts/l2m.txt",
                    library.template(Strategy.L2M).file().location());

            TeacherException e =
                    assertThrows(TeacherException.class, () -> PromptLibrary.load(source, List.of(Strategy.COT)));
            assertEquals(
                    "prompt file classpath:/io/github/siked/prompts/cot.txt does not exist: the"
                            + " siked jar was built without its prompts; name a directory with siked.prompts",
                    e.getMessage());
        }
    }

    @Test
    void theBundledPromptsAreTheProjectFolder() throws IOException {
        // The build bundles prompts/ under the classpath folder; until it does, there is nothing to
        // compare, and the plugin needs siked.prompts.
        assumeTrue(
                getClass().getClassLoader().getResource(PromptSource.CLASSPATH_FOLDER + "cot.txt") != null,
                "prompts/ is not bundled on the classpath by this build");
        PromptLibrary bundled = PromptLibrary.load(PromptSource.bundled());
        assertEquals(
                PromptLibrary.load(PromptSource.directory(PromptExamples.folder()))
                        .fileHashes(),
                bundled.fileHashes());
        assertEquals(
                Files.readString(PromptExamples.folder().resolve(TaskPrefixes.FILE_NAME)),
                TaskPrefixes.load(PromptSource.bundled()).file().text());
    }

    @Test
    void taskPrefixErrorsNameTheFile() throws IOException {
        PromptSource source = PromptSource.directory(dir);
        Path file = dir.resolve("md-tasks.json");

        write("md-tasks.json", "{\"cot\": \"[CoT task] Think.\", \"pot\": \"[PoT task] Code.\"}");
        TaskPrefixes prefixes = TaskPrefixes.load(source);
        assertEquals("[PoT task] Code.", prefixes.prefix(Strategy.POT));
        TeacherException missing = assertThrows(TeacherException.class, () -> prefixes.prefix(Strategy.L2M));
        assertEquals(file + " has no task prefix for l2m: add \"l2m\" to it", missing.getMessage());

        write("md-tasks.json", "{\"cot\": \"[CoT task]\", \"tot\": \"[ToT task]\"}");
        assertEquals(
                file + ": unknown strategy 'tot': use one of cot, l2m, pot",
                assertThrows(TeacherException.class, () -> TaskPrefixes.load(source))
                        .getMessage());

        write("md-tasks.json", "{\"cot\": 3}");
        assertEquals(
                file + ": the prefix of cot must be a non-blank string; was 3",
                assertThrows(TeacherException.class, () -> TaskPrefixes.load(source))
                        .getMessage());

        write("md-tasks.json", "[\"cot\"]");
        assertTrue(assertThrows(TeacherException.class, () -> TaskPrefixes.load(source))
                .getMessage()
                .startsWith(file + " must be a JSON object from strategy to prefix"));

        write("md-tasks.json", "{\"cot\": ");
        assertTrue(assertThrows(TeacherException.class, () -> TaskPrefixes.load(source))
                .getMessage()
                .startsWith(file + " is not valid JSON"));
    }

    /** The message of the failure to load the one strategy's prompt from {@link #dir}. */
    private String loadFailure(Strategy strategy) {
        return assertThrows(
                        TeacherException.class,
                        () -> PromptLibrary.load(PromptSource.directory(dir), List.of(strategy)))
                .getMessage();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
