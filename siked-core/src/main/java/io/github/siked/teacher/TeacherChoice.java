package io.github.siked.teacher;

import io.github.siked.data.SyntheticDatasets;
import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.data.synthetic.SyntheticGenerator;
import io.github.siked.event.EventListener;
import io.github.siked.teacher.backend.FileTeacher;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.openai.OpenaiTeacher;
import io.github.siked.teacher.scripted.ErrorRates;
import io.github.siked.teacher.scripted.ScriptedTeacher;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which teacher backend a build uses and how it is reached, as the pom says it
 * ({@code siked.teacher.*}); {@link #open} makes the backend.
 *
 * @param backend {@code openai}, {@code scripted} or {@code file}
 * @param openai the server's settings, for {@code openai}; null otherwise
 * @param file the samples file, for {@code file}; null otherwise
 * @param errorRates the scripted teacher's mistakes per strategy, for {@code scripted}
 */
public record TeacherChoice(String backend, OpenaiConfig openai, Path file, ErrorRates errorRates) {

    public static final List<String> BACKENDS = List.of("openai", ScriptedTeacher.NAME, FileTeacher.NAME);

    public TeacherChoice {
        backend = backend == null ? "" : backend.strip().toLowerCase(Locale.ROOT);
        if (!BACKENDS.contains(backend)) {
            throw new IllegalArgumentException(
                    "siked.teacher.backend must be one of " + String.join(", ", BACKENDS) + "; was '" + backend + "'");
        }
        if (backend.equals("openai") && openai == null) {
            throw new IllegalArgumentException(
                    "the openai backend needs siked.teacher.endpoint and siked.teacher.model,"
                            + " for instance http://127.0.0.1:8000/v1 and the model the server serves");
        }
        if (backend.equals(FileTeacher.NAME) && file == null) {
            throw new IllegalArgumentException(
                    "the file backend needs siked.teacher.file: a JSONL" + " file of teacher samples");
        }
        if (errorRates == null) {
            errorRates = ErrorRates.defaults();
        }
    }

    /** The model name that goes into cache keys: the server's model, or the backend's own name. */
    public String model() {
        return backend.equals("openai") ? openai.server().model() : backend;
    }

    /**
     * Opens the backend. An {@code openai} server is asked for its models first, so a wrong model
     * name fails at once, listing the ones it serves.
     *
     * @param trainDataset the problems to answer: the scripted teacher writes only for a synthetic split
     * @param synthetic the generator settings those splits come from
     */
    public TeacherBackend open(String trainDataset, SyntheticConfig synthetic, EventListener listener) {
        switch (backend) {
            case "openai" -> {
                OpenaiTeacher teacher = new OpenaiTeacher(openai, listener);
                List<String> served = teacher.models();
                if (!served.contains(openai.server().model())) {
                    teacher.close();
                    throw new TeacherException(
                            "siked.teacher.model " + openai.server().model() + " is not served by "
                                    + openai.server().endpoint() + "; it serves: " + String.join(", ", served));
                }
                return teacher;
            }
            case "file" -> {
                return FileTeacher.open(file);
            }
            default -> {
                if (!trainDataset.startsWith(SyntheticDatasets.PREFIX)) {
                    throw new IllegalArgumentException(
                            "the scripted teacher writes rationales only for synthetic problems:"
                                    + " set siked.train.dataset=synthetic:train, or choose the openai or file backend for "
                                    + trainDataset);
                }
                String split = trainDataset.substring(SyntheticDatasets.PREFIX.length());
                return new ScriptedTeacher(new SyntheticGenerator(synthetic).split(split), errorRates);
            }
        }
    }
}
