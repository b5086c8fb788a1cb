package io.github.siked.maven;

import io.github.siked.strategy.StrategyValues;
import io.github.siked.student.LoraConfig;
import io.github.siked.student.Overflow;
import io.github.siked.student.Schedule;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TrainConfig;
import io.github.siked.teacher.prompt.PromptSource;
import io.github.siked.teacher.prompt.StudentTemplates;
import java.io.File;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code <train>} element of an experiment: how every iteration trains, with SIKeD's recipe as
 * the default (see {@code siked:train}'s parameters for each setting). The seed is derived per run
 * and iteration. How the engine trains (precision, checkpoint and log intervals) is the goal's
 * {@code siked.train.precision}, {@code siked.train.checkpointEvery} and {@code siked.train.logEvery}.
 */
public class TrainSettings {

    /** {@code tagged} (SIKeD) or {@code task-prefix} (Mixed Distillation). */
    String format = "tagged";
    /** Passes over the data in iteration 0 (and in iterations that restart from the base model). Default: 3. */
    int epochs = 3;
    /** Passes over the data in iterations 1..N, which continue from the previous student; 0 for {@code epochs}. */
    int iterationEpochs = 0;
    /** Peak learning rate. Default: 2e-4. */
    double learningRate = 2e-4;
    /** {@code linear} or {@code cosine}. */
    String schedule = "linear";
    /** Share of steps warming up. Default: 0.03. */
    double warmupRatio = 0.03;
    /** Packed rows per micro-batch. Default: 8. */
    int batchSize = 8;
    /** Micro-batches per optimizer step. Default: 1. */
    int gradientAccumulation = 1;
    /** Tokens per packed row. Default: 1024. */
    int maxLength = 1024;
    /** {@code truncate} or {@code reject}. */
    String overflow = "truncate";
    /** Global gradient-norm limit, 0 for none. Default: 1. */
    double clipNorm = 1.0;
    /** AdamW weight decay. Default: 0. */
    double weightDecay = 0;
    /** LoRA rank; 0 trains every weight (from-scratch students). Default: 16. */
    int loraRank = 16;
    /** LoRA alpha. Default: 32. */
    double loraAlpha = 32;
    /** LoRA dropout. Default: 0.05. */
    double loraDropout = 0.05;
    /** LoRA targets among q, k, v, o, gate, up, down. Default: all seven. */
    String loraTargets = "q,k,v,o,gate,up,down";
    /** Per-strategy loss weights (Mixed Distillation), for instance {@code cot=1,pot=2}. */
    String lossWeights;
    /** The epochs of iterations 1..N. */
    int iterationEpochs() {
        return iterationEpochs == 0 ? epochs : iterationEpochs;
    }

    /**
     * @param prompts a folder with {@code student.json}, or null for the bundled template
     * @param lossWeightsKey how messages name the loss weights: the pom element or the property
     */
    TrainConfig toConfig(File prompts, String lossWeightsKey) {
        var template = StudentTemplates.load(
                prompts == null ? PromptSource.bundled() : PromptSource.directory(prompts.toPath()));
        TrainConfig.Builder builder = TrainConfig.builder();
        if (loraRank == 0) {
            builder.optFullFineTuning();
        } else {
            builder.optLora(new LoraConfig(loraRank, loraAlpha, loraDropout, Arrays.asList(loraTargets.split(","))));
        }
        return builder.optFormat(new StudentFormat(StudentFormat.Mode.fromId(format), template))
                .optEpochs(epochs)
                .optLearningRate(learningRate)
                .optSchedule(Schedule.fromId(schedule))
                .optWarmupRatio(warmupRatio)
                .optBatchSize(batchSize)
                .optGradientAccumulation(gradientAccumulation)
                .optMaxLength(maxLength)
                .optOverflow(Overflow.fromId(overflow))
                .optClipNorm(clipNorm)
                .optWeightDecay(weightDecay)
                .optLossWeights(
                        lossWeights == null
                                ? Map.of()
                                : StrategyValues.parse(
                                        lossWeights, lossWeightsKey + " entry", "weight", "cot=1,pot=2", "pot=2"))
                .build();
    }
}
