package io.github.siked.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import io.github.siked.djl.device.Placement;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.sample.DjlSampler;
import io.github.siked.djl.tokenizer.HfStudentTokenizer;
import io.github.siked.djl.tokenizer.VocabularyFit;
import io.github.siked.djl.train.DjlStudentTrainer;
import io.github.siked.event.EventListener;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentEngine;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.StudentSampler;
import io.github.siked.student.StudentTokenizer;
import io.github.siked.student.StudentTrainer;
import io.github.siked.student.WordTokenizer;
import io.github.siked.student.WordTokenizerFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The student on DJL's PyTorch engine, built by {@link DjlEngineProvider} from the shared engine
 * settings ({@link DjlOptions}: device, precision, threads, checkpoint and log intervals). Whether
 * the device is there is checked when a trainer or sampler (or the resolved {@link #settings()}) is
 * asked for, which loads libtorch.
 */
public final class DjlStudentEngine implements StudentEngine {

    private final DjlOptions options;

    /** The engine with these settings; tests and tools build it directly. */
    public DjlStudentEngine(DjlOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "djl-pytorch";
    }

    /**
     * The device the engine will run on ({@code cpu}, {@code gpu(0)}), the training precision as
     * it resolves, and libtorch's version and build: what can change the numbers a run produces.
     * Threads, checkpoint and log intervals are left out; they change speed and logs only. Loads
     * libtorch if it is not loaded yet.
     */
    @Override
    public Map<String, String> settings() {
        Map<String, String> resolved = new TreeMap<>();
        Placement placement = Placement.resolve(options.device());
        resolved.put("device", placement.deviceName());
        resolved.put(
                "precision",
                options.precision().resolve(placement.device().isGpu()).id());
        resolved.put("libtorch.version", Engine.getInstance().getVersion());
        resolved.put("libtorch.flavor", Placement.libtorchFlavor());
        return resolved;
    }

    /**
     * A trainer on the device {@code siked.device} resolves to, in the arithmetic {@code
     * siked.train.precision} resolves to there (auto: fp16 mixed precision on a GPU, fp32 on the
     * CPU); it logs both when it starts.
     */
    @Override
    public StudentTrainer trainer() {
        Placement placement = Placement.resolve(options.device());
        TorchThreads.apply(options.threads());
        return new DjlStudentTrainer(placement, options.precision(), options.checkpointEvery(), options.logEvery());
    }

    /**
     * Opens a student siked trained ({@code student-format.json} and its tokenizer, {@code
     * word-tokenizer.json} or a Hugging Face {@code tokenizer.json}, beside the weights) or a plain
     * Hugging Face model directory ({@code tokenizer.json}; sampled with the bundled tagged format).
     * On a GPU with {@code siked.train.precision} auto or fp16 the weights load as float16 and
     * decoding runs in float16; on the CPU in float32 unless fp16 was asked for.
     */
    @Override
    public StudentSampler sampler(Path modelDir, int iteration) throws IOException {
        Placement placement = Placement.resolve(options.device());
        TorchThreads.apply(options.threads());
        Precision asked = options.precision();
        Precision precision = asked.resolve(placement.device().isGpu());
        Optional<String> warning = asked.warning(placement.device().isGpu());
        StudentFormat format = Files.exists(modelDir.resolve(StudentFormatFile.FILE_NAME))
                ? StudentFormatFile.load(modelDir)
                : StudentFormat.tagged();
        if (!Files.isDirectory(modelDir)) {
            throw new IllegalArgumentException(
                    "the student " + modelDir + " is not a folder: give the folder siked:train"
                            + " wrote (siked.sample.model) or a Hugging Face model folder");
        }
        // The model's arrays, and every batch made from its manager, live on the chosen device.
        NDManager manager = NDManager.newBaseManager(placement.device());
        try {
            Decoder decoder = Decoder.load(modelDir, manager, precision.dataType());
            String where = placement.describe() + ", " + precision.id();
            if (Files.exists(modelDir.resolve(WordTokenizerFile.FILE_NAME))) {
                WordTokenizer words = WordTokenizerFile.load(modelDir);
                fit(words, decoder, modelDir.resolve(WordTokenizerFile.FILE_NAME));
                return new PlacedSampler(
                        new DjlSampler(manager, decoder, new StudentEncoder(format, words), iteration),
                        where,
                        warning,
                        null);
            }
            if (!Files.exists(modelDir.resolve("tokenizer.json"))) {
                throw new IllegalArgumentException("no tokenizer in " + modelDir + ": a student siked trained has "
                        + WordTokenizerFile.FILE_NAME + " beside its weights, a Hugging Face model tokenizer.json;"
                        + " copy the one the model was trained with into the folder");
            }
            HfStudentTokenizer tokenizer = HfStudentTokenizer.open(modelDir);
            try {
                fit(tokenizer, decoder, modelDir.resolve("tokenizer.json"));
            } catch (IllegalArgumentException e) {
                tokenizer.close();
                throw e;
            }
            return new PlacedSampler(
                    new DjlSampler(manager, decoder, new StudentEncoder(format, tokenizer), iteration),
                    where,
                    warning,
                    tokenizer);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** A tokenizer with ids past the model's embedding rows would index outside it mid-sampling. */
    private static void fit(StudentTokenizer tokenizer, Decoder decoder, Path file) {
        try {
            VocabularyFit.check(tokenizer, decoder.config().vocabulary().size());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tokenizer mismatch: " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A sampler that says where and in what precision it runs before its first batch, and frees the
     * native Hugging Face tokenizer, if it has one, when closed.
     */
    private static final class PlacedSampler implements StudentSampler {
        private final DjlSampler sampler;
        private final String where;
        private final Optional<String> warning;
        private final HfStudentTokenizer tokenizer;
        private boolean told;

        PlacedSampler(DjlSampler sampler, String where, Optional<String> warning, HfStudentTokenizer tokenizer) {
            this.sampler = sampler;
            this.where = where;
            this.warning = warning;
            this.tokenizer = tokenizer;
        }

        @Override
        public List<Sample> sample(
                SampleConfig config, List<Problem> problems, Optional<Strategy> forced, EventListener events)
                throws IOException {
            if (!told) {
                events.info(where);
                warning.ifPresent(events::warn);
                told = true;
            }
            return sampler.sample(config, problems, forced, events);
        }

        @Override
        public void close() {
            try {
                sampler.close();
            } finally {
                if (tokenizer != null) {
                    tokenizer.close();
                }
            }
        }
    }
}
