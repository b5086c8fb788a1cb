package io.github.siked.student;

import io.github.siked.event.EventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains a student on examples in the student format (supervised fine-tuning with the loss on
 * response tokens only; docs/method.md, "Loop"). Implemented by an engine module; the loop sees only this
 * interface, so no tensor type crosses it.
 *
 * <p>An implementation encodes each example with {@link StudentEncoder#encode}, weighting it with
 * {@link TrainConfig#lossWeight}, packs the rows with {@link Packer} (seed {@code config.seed() +
 * epoch}, so each epoch reshuffles), and reports progress, the packing counts ({@link
 * Packing#describe}) and any {@link UnknownPieces#warning} through the listener.
 */
public interface StudentTrainer {

    /**
     * Trains and writes the trained student into {@code outputDir}.
     *
     * @param start the model to start from: a Hugging Face directory, the previous iteration's
     *     student, or a from-scratch configuration (whose trainer builds the vocabulary from the
     *     examples with {@link WordTokenizer#forExamples})
     * @param config the training settings
     * @param examples the mixed training data, in any order
     * @param outputDir where the student is written; it is created if missing
     * @param events progress, one line per logged step, and warnings (unknown words, cut examples)
     * @throws IOException when a model file cannot be read or written
     */
    TrainResult train(
            Path start, TrainConfig config, List<TrainingExample> examples, Path outputDir, EventListener events)
            throws IOException;
}
