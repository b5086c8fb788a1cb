package io.github.siked.djl;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import io.github.siked.engine.EngineSettings;

/**
 * The shared {@link EngineSettings} as DJL's engine reads them: the device and the arithmetic in
 * DJL's own terms, beside the threads and the checkpoint and log intervals. Reading them refuses
 * what DJL cannot run ({@code siked.train.precision=bf16}, with the reason); whether a GPU is there
 * is checked when a trainer or sampler is asked for, which loads libtorch.
 *
 * @param device {@code siked.device}: auto, cpu or gpu
 * @param precision {@code siked.train.precision}: auto, fp32 or fp16, for training and sampling
 * @param checkpointEvery {@code siked.train.checkpointEvery}: optimizer steps between checkpoints
 *     (0 for none); a killed run loses at most this many
 * @param logEvery {@code siked.train.logEvery}: optimizer steps between progress lines
 * @param threads {@code siked.threads}: libtorch's intra-op CPU threads for training and sampling,
 *     or 0 for libtorch's default (one per core)
 */
public record DjlOptions(DeviceChoice device, Precision precision, int checkpointEvery, int logEvery, int threads) {

    /** The settings with libtorch's default thread count. */
    public DjlOptions(DeviceChoice device, Precision precision, int checkpointEvery, int logEvery) {
        this(device, precision, checkpointEvery, logEvery, 0);
    }

    /**
     * DJL's reading of the shared settings, whose ranges {@link EngineSettings} has checked.
     *
     * @throws IllegalArgumentException for {@code bf16}, which DJL 0.35.1 cannot run
     */
    public static DjlOptions from(EngineSettings settings) {
        return new DjlOptions(
                DeviceChoice.parse(settings.device().id()),
                Precision.parse(settings.precision().id()),
                settings.checkpointEvery(),
                settings.logEvery(),
                settings.threads());
    }
}
