package io.github.siked.djl.train;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.device.Placement;
import io.github.siked.djl.device.Precision;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.HfExport;
import io.github.siked.djl.safetensors.DType;
import io.github.siked.event.EventListener;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormatFile;
import io.github.siked.student.StudentTokenizer;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainConfig;
import io.github.siked.student.TrainResult;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.UnknownPieces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The DJL engine's {@link io.github.siked.student.StudentTrainer}. It starts from scratch (a start
 * directory with config.json and no weights: a word vocabulary is built from the examples and
 * overrides vocab_size), from a word-tokenizer student (weights and word-tokenizer.json), or from
 * a Hugging Face model (weights and tokenizer.json: a pretrained checkpoint or a student this
 * trainer wrote); see {@link StartFolder}. Writes the trained model in Hugging Face layout with
 * the tokenizer it was trained with and student-format.json, and, with LoRA, the weights merged
 * into the base plus the adapter in PEFT layout under {@code adapter/}. The checkpoint lives in
 * {@code checkpoint/} until the model is written, so a killed run resumes there. In fp16 mixed
 * precision the saved weights are the float32 masters, so the trained model is exact.
 */
public final class DjlStudentTrainer implements io.github.siked.student.StudentTrainer {

    private final Placement placement;
    private final Precision precision;
    /** Said when training starts: explicit fp16 on the CPU runs, slowly. */
    private final Optional<String> warning;

    private final int checkpointEvery;
    private final int logEvery;

    /**
     * @param placement the device the model, batches and optimizer state live on
     * @param precision {@code siked.train.precision}, resolved against the placement's device here
     *     ({@code auto}: fp16 mixed precision on a GPU, fp32 on the CPU)
     * @param checkpointEvery optimizer steps between checkpoints, 0 for none
     * @param logEvery optimizer steps between log lines
     */
    public DjlStudentTrainer(Placement placement, Precision precision, int checkpointEvery, int logEvery) {
        this.placement = placement;
        this.precision = precision.resolve(placement.device().isGpu());
        this.checkpointEvery = checkpointEvery;
        this.logEvery = logEvery;
        this.warning = precision.warning(placement.device().isGpu());
    }

    /** A trainer on the CPU in fp32. */
    public DjlStudentTrainer(int checkpointEvery, int logEvery) {
        this(Placement.cpu(), Precision.AUTO, checkpointEvery, logEvery);
    }

    @Override
    public TrainResult train(
            Path start, TrainConfig config, List<TrainingExample> examples, Path outputDir, EventListener events)
            throws IOException {
        try (StartFolder folder = StartFolder.open(start, config.format(), examples)) {
            // Encode: prompt ids, then tag ids, then body ids and the end marker, as the sampler does.
            StudentTokenizer tokenizer = folder.tokenizer();
            StudentEncoder encoder = new StudentEncoder(config.format(), tokenizer);
            UnknownPieces.tally(
                            tokenizer,
                            examples.stream()
                                    .map(e -> config.format().trainingText(e.question(), e.strategy(), e.rationale()))
                                    .toList())
                    .warning()
                    .ifPresent(events::warn);
            List<TokenizedExample> encoded = examples.stream()
                    .map(e -> encoder.encode(e, config.lossWeight(e.strategy())))
                    .toList();
            Files.createDirectories(outputDir);
            Path checkpoints = outputDir.resolve("checkpoint");
            events.info(placement.describe() + ", "
                    + (precision == Precision.FP16
                            ? "fp16 mixed precision (float32 master weights, dynamic loss scaling)"
                            : "fp32"));
            warning.ifPresent(events::warn);
            events.info(folder.describePadding());
            try (NDManager manager = NDManager.newBaseManager(placement.device());
                    Decoder decoder = folder.decoder(config.seed(), manager)) {
                Optional<LoraAdapter> lora =
                        config.lora().map(l -> new LoraAdapter(decoder.config(), l, config.seed(), manager));
                try {
                    TrainingLoop.Outcome outcome = new TrainingLoop(
                                    decoder,
                                    lora,
                                    config,
                                    new TrainingLoop.Options(checkpoints, checkpointEvery, logEvery, -1).in(precision),
                                    events)
                            .run(encoded, tokenizer.padId());
                    // Export: Hugging Face layout (merged with LoRA), the adapter in PEFT layout, the
                    // tokenizer and the format, so that the sampler opens the folder as it was trained.
                    // Weights go out in the start checkpoint's type (bf16 stays bf16), F32 from scratch.
                    DType stored = folder.storedType();
                    if (lora.isPresent()) {
                        LoraExport.saveMerged(decoder, lora.get(), outputDir, stored);
                        LoraExport.savePeft(
                                lora.get(),
                                decoder.config(),
                                start.toAbsolutePath().toString(),
                                outputDir.resolve("adapter"));
                    } else {
                        HfExport.save(decoder, outputDir, stored);
                    }
                    folder.saveTokenizer(outputDir);
                    StudentFormatFile.save(config.format(), outputDir);
                    Files.deleteIfExists(checkpoints.resolve(TrainCheckpoint.FILE));
                    Files.deleteIfExists(checkpoints);
                    return new TrainResult(
                            outputDir,
                            outcome.steps(),
                            outcome.tokens(),
                            outcome.lastLoss(),
                            outcome.elapsed(),
                            outcome.truncated(),
                            outcome.rejected());
                } finally {
                    lora.ifPresent(LoraAdapter::close);
                }
            }
        }
    }
}
