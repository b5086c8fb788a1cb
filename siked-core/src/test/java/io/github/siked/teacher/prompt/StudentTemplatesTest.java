package io.github.siked.teacher.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.student.StudentTemplate;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void theVersionedFilesHoldTheBundledDefault() {
        Path prompts =
                Path.of(System.getProperty("user.dir")).resolve("../prompts").normalize();
        assertEquals(StudentTemplate.DEFAULT, StudentTemplates.load(PromptSource.directory(prompts)));
        assertEquals(StudentTemplate.DEFAULT, StudentTemplates.load(PromptSource.bundled()));
    }

    @Test
    void aTemplateWithoutTheQuestionSlotNamesTheFile() throws IOException {
        Files.writeString(
                dir.resolve("student.json"), "{\"template\": \"Q: {instruction}\\n\", \"instruction\": \"Solve.\"}");
        Files.copy(
                Path.of(System.getProperty("user.dir")).resolve("../prompts/md-tasks.json"),
                dir.resolve("md-tasks.json"));
        TeacherException e =
                assertThrows(TeacherException.class, () -> StudentTemplates.load(PromptSource.directory(dir)));
        assertTrue(
                e.getMessage()
                        .endsWith("student.json: the student template must contain {question} exactly once;"
                                + " was \"Q: {instruction}\n\""),
                e.getMessage());
    }
}
