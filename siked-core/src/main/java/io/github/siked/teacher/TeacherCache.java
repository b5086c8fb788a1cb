package io.github.siked.teacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.siked.record.Jsonl;
import io.github.siked.stage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Answers shared between experiments, addressed by {@link RequestKey}: two experiments with the
 * same teacher settings ask the teacher once. One small JSON file per request under
 * {@code <dir>/<first two hex digits>/<key>.json}, written atomically, so concurrent builds and
 * killed builds never see half an entry. Default location: {@code ~/.siked/teacher-cache}.
 */
public final class TeacherCache {

    private final Path dir;

    public TeacherCache(Path dir) {
        this.dir = dir;
    }

    /** The default location in the user's home folder. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".siked", "teacher-cache");
    }

    public Optional<TeacherCall> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Jsonl.MAPPER.readValue(file.toFile(), TeacherCall.class));
        } catch (IOException e) {
            // A damaged entry is a miss: the request is asked again and the entry rewritten.
            return Optional.empty();
        }
    }

    public void put(TeacherCall call) {
        try {
            AtomicFile.write(file(call.key()), Jsonl.MAPPER.writeValueAsString(call) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("teacher call is not serialisable", e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(
                    "cannot write the teacher cache under " + dir
                            + ": choose another folder with siked.teacher.cacheDir",
                    e.getCause());
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
