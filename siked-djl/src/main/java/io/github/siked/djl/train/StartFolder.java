package io.github.siked.djl.train;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.ConfigJson;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.djl.safetensors.Checkpoint;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.djl.safetensors.ModelFileException;
import io.github.siked.djl.tokenizer.HfStudentTokenizer;
import io.github.siked.djl.tokenizer.TokenizerFiles;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.StudentTokenizer;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizer;
import io.github.siked.student.WordTokenizerFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a training run starts from, with the tokenizer that belongs to it. Three kinds:
 *
 * <ul>
 *   <li>from scratch: config.json without weights; the word vocabulary is built from the examples
 *       and overrides vocab_size;
 *   <li>a word-tokenizer student siked trained: weights and {@code word-tokenizer.json};
 *   <li>a Hugging Face model: weights and {@code tokenizer.json}, a pretrained checkpoint or a
 *       student this trainer wrote from one.
 * </ul>
 *
 * The tokenizer is checked against config.json's vocab_size before any weight is read, so a
 * mismatch fails at once even for a model of several gigabytes.
 */
final class StartFolder implements AutoCloseable {

    private final Path directory;
    private final boolean fromScratch;
    private final StudentTokenizer tokenizer;

    private StartFolder(Path directory, boolean fromScratch, StudentTokenizer tokenizer) {
        this.directory = directory;
        this.fromScratch = fromScratch;
        this.tokenizer = tokenizer;
    }

    /**
     * Opens {@code directory} and its tokenizer.
     *
     * @param format the student format, to build a from-scratch vocabulary that covers the prompts
     * @param examples the training examples, likewise
     * @throws IOException naming the file when the tokenizer is missing or does not fit the model
     */
    static StartFolder open(Path directory, StudentFormat format, List<TrainingExample> examples) throws IOException {
        boolean fromScratch = !Files.exists(directory.resolve("model.safetensors"))
                && !Files.exists(directory.resolve("model.safetensors.index.json"));
        if (fromScratch) {
            return new StartFolder(directory, true, WordTokenizer.forExamples(format, examples));
        }
        // Word tokenizer first, as the sampler reads it: a folder with both was written by siked.
        if (Files.exists(directory.resolve(WordTokenizerFile.FILE_NAME))) {
            WordTokenizer words = WordTokenizerFile.load(directory);
            // A word tokenizer's size is the vocab_size siked wrote beside it: anything else is a mix-up.
            checkFit(directory, WordTokenizerFile.FILE_NAME, words.vocabularySize(), true);
            return new StartFolder(directory, false, words);
        }
        if (!TokenizerFiles.present(directory)) {
            throw new IOException("no tokenizer in " + directory + ": a student siked trained has "
                    + WordTokenizerFile.FILE_NAME + " beside its weights, a Hugging Face model "
                    + TokenizerFiles.TOKENIZER + "; copy the one the model was trained with into the folder");
        }
        HfStudentTokenizer hf = HfStudentTokenizer.open(directory);
        try {
            checkFit(directory, TokenizerFiles.TOKENIZER, hf.vocabularySize(), false);
        } catch (IOException e) {
            hf.close();
            throw e;
        }
        return new StartFolder(directory, false, hf);
    }

    /** The tokenizer that encodes the examples and goes with the trained model. */
    StudentTokenizer tokenizer() {
        return tokenizer;
    }

    /** What pads the packed rows, for the log: padding is never attended to nor a loss target. */
    String describePadding() {
        if (tokenizer instanceof HfStudentTokenizer hf) {
            return hf.padsWithEos()
                    ? "padding with the end marker (id " + hf.padId() + "): "
                            + directory.resolve(TokenizerFiles.TOKENIZER) + " names no pad token"
                    : "padding with the tokenizer's pad token (id " + hf.padId() + ")";
        }
        return "padding with the word tokenizer's pad token (id " + tokenizer.padId() + ")";
    }

    /** The model to train: the folder's weights, or random ones sized to the built vocabulary. */
    Decoder decoder(long seed, NDManager manager) throws IOException {
        try {
            if (!fromScratch) {
                return Decoder.load(directory, manager);
            }
            ModelConfig sized =
                    ConfigJson.read(directory.resolve("config.json")).withVocabularySize(tokenizer.vocabularySize());
            return Decoder.random(sized, seed, manager);
        } catch (ModelFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The element type the trained weights are written in: the start checkpoint's ({@link
     * Checkpoint#storedType}), so a bf16 or fp16 model comes back in its own type; F32 from scratch.
     *
     * @throws IOException naming the file when a weights header cannot be read
     */
    DType storedType() throws IOException {
        return fromScratch ? DType.F32 : Checkpoint.open(directory).storedType();
    }

    /**
     * Writes the tokenizer beside the trained weights, in the form the engine's sampler reads: the
     * word vocabulary, or the Hugging Face files copied as they are. Call it after config.json.
     */
    void saveTokenizer(Path outputDir) throws IOException {
        if (tokenizer instanceof WordTokenizer words) {
            WordTokenizerFile.save(words, outputDir);
        } else {
            TokenizerFiles.copy(directory, outputDir);
        }
    }

    @Override
    public void close() {
        if (tokenizer instanceof HfStudentTokenizer hf) {
            hf.close();
        }
    }

    /**
     * A tokenizer with ids past the model's embedding rows would index outside it; fewer ids than
     * rows is fine for a pretrained checkpoint, which rounds vocab_size up.
     */
    private static void checkFit(Path directory, String tokenizerFile, int ids, boolean exact) throws IOException {
        int rows;
        try {
            rows = ConfigJson.read(directory.resolve("config.json"))
                    .vocabulary()
                    .size();
        } catch (ModelFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (exact ? ids != rows : ids > rows) {
            throw new IOException("tokenizer mismatch in " + directory + ": " + tokenizerFile + " has "
                    + ids + (exact ? " tokens" : " ids") + " but config.json's vocab_size is " + rows
                    + (exact ? "" : ": they do not belong together; use the tokenizer the model was trained with"));
        }
    }
}
