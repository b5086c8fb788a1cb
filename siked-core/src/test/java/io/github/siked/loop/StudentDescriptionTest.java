package io.github.siked.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.student.TrainConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The base student as the results name it, and the messages that name its pom element. */
class StudentDescriptionTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithOnlyConfigJsonIsAStudentFromScratch() throws IOException {
        Files.writeString(dir.resolve("config.json"), """
        {"model_type": "llama", "num_hidden_layers": 3, "hidden_size": 96}
        """);
        assertEquals("llama, 3 layers, hidden 96, from scratch", StudentDescription.of(dir));
    }

    @Test
    void aFolderWithoutConfigJsonNamesTheStartElement() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> StudentDescription.of(dir.resolve("missing")));
        String message = e.getMessage();
        assertTrue(message.startsWith("cannot read the student's " + dir.resolve("missing/config.json")), message);
        assertTrue(message.endsWith("; <start> must be a folder with config.json"), message);
    }

    @Test
    void aMissingStartNamesTheStartElement() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> new Training(List.of(), null, TrainConfig.siked(), TrainConfig.siked()));
        assertEquals("<start>: name the base student's folder", e.getMessage());
    }
}
