package io.github.siked.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentFormatFileTest {

    @TempDir
    Path dir;

    @Test
    void keepsModeAndWordsBesideTheWeights() throws IOException {
        for (StudentFormat format : new StudentFormat[] {StudentFormat.tagged(), StudentFormat.taskPrefix()}) {
            StudentFormatFile.save(format, dir);
            assertEquals(format, StudentFormatFile.load(dir));
        }
    }

    @Test
    void aFolderWithoutItSaysWhy() {
        IOException e = assertThrows(IOException.class, () -> StudentFormatFile.load(dir));
        assertTrue(e.getMessage().startsWith("no student-format.json in " + dir), e.getMessage());
    }

    @Test
    void aDamagedFileIsNamed() throws IOException {
        Files.writeString(dir.resolve(StudentFormatFile.FILE_NAME), "{\"mode\": \"TAGGED\", \"template\": \"x\"}");
        IOException e = assertThrows(IOException.class, () -> StudentFormatFile.load(dir));
        assertTrue(
                e.getMessage().startsWith(dir.resolve(StudentFormatFile.FILE_NAME) + " is not a valid student format"),
                e.getMessage());
    }
}
