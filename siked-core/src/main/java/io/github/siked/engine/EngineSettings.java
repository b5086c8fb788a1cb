package io.github.siked.engine;

import java.util.Objects;

/**
 * The settings every student engine receives, beside the core's {@code TrainConfig} and
 * {@code SampleConfig}: which engine, where it runs, in what arithmetic, on how many CPU threads,
 * and how training checkpoints and logs. An {@link EngineProvider} builds its engine from them.
 * They reach the stage manifests only as the engine resolves them ({@code StudentEngine.settings()}:
 * the device it runs on and the precision), so that threads and intervals, which change speed and
 * logs only, never make a finished stage run again.
 *
 * @param engine the provider that trains and samples ({@code siked.engine}), for instance {@code djl}
 * @param device where the student runs ({@code siked.device})
 * @param precision the arithmetic of training and sampling ({@code siked.train.precision})
 * @param threads CPU threads for training and sampling, or 0 for the engine's own count
 *     ({@code siked.threads}); fewer than cores is faster on a machine that other work keeps busy
 * @param checkpointEvery optimizer steps between checkpoints, or 0 for none
 *     ({@code siked.train.checkpointEvery}); a killed run loses at most this many
 * @param logEvery optimizer steps between progress lines, 1 or more ({@code siked.train.logEvery})
 */
public record EngineSettings(
        String engine, Device device, Precision precision, int threads, int checkpointEvery, int logEvery) {

    public static final String ENGINE = "siked.engine";
    public static final String DEVICE = "siked.device";
    public static final String PRECISION = "siked.train.precision";
    public static final String THREADS = "siked.threads";
    public static final String CHECKPOINT_EVERY = "siked.train.checkpointEvery";
    public static final String LOG_EVERY = "siked.train.logEvery";

    /** The engine siked ships: DJL's PyTorch engine, in {@code siked-djl}. */
    public static final String DEFAULT_ENGINE = "djl";

    private static final String THREADS_HINT =
            "give libtorch's CPU threads, for instance 1, or 0 for its default (one per core)";

    public EngineSettings {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(precision, "precision");
        if (engine == null || engine.isBlank()) {
            throw new IllegalArgumentException(
                    ENGINE + " is blank: name the student engine, for instance " + DEFAULT_ENGINE);
        }
        if (threads < 0) {
            throw new IllegalArgumentException(THREADS + " is " + threads + ": " + THREADS_HINT);
        }
        if (checkpointEvery < 0) {
            throw new IllegalArgumentException(CHECKPOINT_EVERY + " is " + checkpointEvery
                    + ": give the optimizer steps between checkpoints, or 0 for none");
        }
        if (logEvery < 1) {
            throw new IllegalArgumentException(
                    LOG_EVERY + " is " + logEvery + ": give the optimizer steps between log lines, 1 or more");
        }
    }

    /** DJL's engine, auto device and precision, its own threads, a checkpoint every 200 steps, a log line every 10. */
    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_ENGINE, Device.AUTO, Precision.AUTO, 0, 200, 10);
    }

    /** Settings read from the values users write, each left out keeping its {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the settings as users write them (goal parameters, {@code -D} properties), so that a bad
     * value fails naming its property. A null or blank value keeps the default.
     */
    public static final class Builder {

        private String engine = DEFAULT_ENGINE;
        private Device device = Device.AUTO;
        private Precision precision = Precision.AUTO;
        private int threads;
        private int checkpointEvery = 200;
        private int logEvery = 10;

        private Builder() {}

        /** {@code siked.engine}: the provider's name, for instance {@code djl}. */
        public Builder optEngine(String value) {
            if (value != null && !value.isBlank()) {
                engine = value.strip();
            }
            return this;
        }

        /** {@code siked.device}: {@code auto}, {@code cpu} or {@code gpu}. */
        public Builder optDevice(String value) {
            device = Device.parse(value);
            return this;
        }

        /** {@code siked.train.precision}: {@code auto}, {@code fp32}, {@code fp16} or {@code bf16}. */
        public Builder optPrecision(String value) {
            precision = Precision.parse(value);
            return this;
        }

        /** {@code siked.threads}: a count, or 0 for the engine's own. */
        public Builder optThreads(String value) {
            threads = number(value, THREADS, "is not a number of threads: " + THREADS_HINT, threads);
            return this;
        }

        /** {@code siked.train.checkpointEvery}: optimizer steps, or 0 for no checkpoints. */
        public Builder optCheckpointEvery(String value) {
            checkpointEvery = steps(value, CHECKPOINT_EVERY, checkpointEvery);
            return this;
        }

        /** {@code siked.train.logEvery}: optimizer steps, 1 or more. */
        public Builder optLogEvery(String value) {
            logEvery = steps(value, LOG_EVERY, logEvery);
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the property of a value out of range
         */
        public EngineSettings build() {
            return new EngineSettings(engine, device, precision, threads, checkpointEvery, logEvery);
        }

        private static int steps(String value, String key, int fallback) {
            return number(value, key, "is not a whole number of steps, for instance " + fallback, fallback);
        }

        private static int number(String value, String key, String complaint, int fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                // The message says it all; Maven would append the cause's "For input string".
                throw new IllegalArgumentException(key + " '" + value + "' " + complaint);
            }
        }
    }
}
