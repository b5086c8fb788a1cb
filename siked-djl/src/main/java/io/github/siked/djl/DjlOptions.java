package io.github.siked.djl;

import io.github.siked.djl.device.DeviceChoice;
import io.github.siked.djl.device.Precision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The engine's own settings, beside the core's {@link io.github.siked.student.TrainConfig} and
 * {@link io.github.siked.student.SampleConfig}: where the student runs, how many CPU threads
 * libtorch uses, and how training checkpoints and logs. They travel as system properties (the
 * plugin sets them around its {@link java.util.ServiceLoader} lookup, a user may pass them with
 * {@code -D}) because the ServiceLoader builds the engine with no arguments; none of them changes
 * what a run computes, except the arithmetic: auto is fp16 mixed precision on a GPU and fp32 on
 * the CPU.
 *
 * @param device {@code siked.device}: auto, cpu or gpu
 * @param precision {@code siked.train.precision}: auto, fp32 or fp16, for training and sampling
 * @param checkpointEvery {@code siked.train.checkpointEvery}: optimizer steps between checkpoints
 *     (0 for none); a killed run loses at most this many
 * @param logEvery {@code siked.train.logEvery}: optimizer steps between progress lines
 * @param threads {@code siked.threads}: libtorch's intra-op CPU threads for training and sampling,
 *     or 0 for libtorch's default (one per core); fewer than cores is faster on a machine that
 *     other work keeps busy
 */
public record DjlOptions(DeviceChoice device, Precision precision, int checkpointEvery, int logEvery, int threads) {

    public static final String CHECKPOINT_EVERY = "siked.train.checkpointEvery";
    public static final String LOG_EVERY = "siked.train.logEvery";
    public static final String THREADS = "siked.threads";

    /** Every key this record reads, in the order the plugin documents them. */
    public static final List<String> KEYS =
            List.of(DeviceChoice.KEY, Precision.KEY, CHECKPOINT_EVERY, LOG_EVERY, THREADS);

    public DjlOptions {
        if (checkpointEvery < 0) {
            throw new IllegalArgumentException(CHECKPOINT_EVERY + " is " + checkpointEvery
                    + ": give the optimizer steps between checkpoints, or 0 for none");
        }
        if (logEvery < 1) {
            throw new IllegalArgumentException(
                    LOG_EVERY + " is " + logEvery + ": give the optimizer steps between log lines, 1 or more");
        }
        if (threads < 0) {
            throw new IllegalArgumentException(THREADS + " is " + threads + ": give libtorch's CPU"
                    + " threads, for instance 1, or 0 for its default (one per core)");
        }
    }

    /** The settings with libtorch's default thread count. */
    public DjlOptions(DeviceChoice device, Precision precision, int checkpointEvery, int logEvery) {
        this(device, precision, checkpointEvery, logEvery, 0);
    }

    /** auto device and precision, a checkpoint every 200 steps, a log line every 10, libtorch's own threads. */
    public static DjlOptions defaults() {
        return new DjlOptions(DeviceChoice.AUTO, Precision.AUTO, 200, 10);
    }

    /** The settings in {@code values} (a key left out keeps its default). */
    public static DjlOptions from(Map<String, String> values) {
        return read(values::get);
    }

    /** The settings in the JVM's system properties. */
    public static DjlOptions fromSystemProperties() {
        return read(System::getProperty);
    }

    /** The settings as key-value pairs, as {@link #from} reads them back. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(DeviceChoice.KEY, device.name().toLowerCase(Locale.ROOT));
        map.put(Precision.KEY, precision.id());
        map.put(CHECKPOINT_EVERY, Integer.toString(checkpointEvery));
        map.put(LOG_EVERY, Integer.toString(logEvery));
        map.put(THREADS, Integer.toString(threads));
        return map;
    }

    private static DjlOptions read(UnaryOperator<String> values) {
        DjlOptions defaults = defaults();
        String device = values.apply(DeviceChoice.KEY);
        String precision = values.apply(Precision.KEY);
        return new DjlOptions(
                device == null ? defaults.device() : DeviceChoice.parse(device),
                precision == null ? defaults.precision() : Precision.parse(precision),
                wholeNumber(values, CHECKPOINT_EVERY, defaults.checkpointEvery()),
                wholeNumber(values, LOG_EVERY, defaults.logEvery()),
                threads(values.apply(THREADS)));
    }

    private static int threads(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(THREADS + " '" + value + "' is not a number of threads:"
                    + " give libtorch's CPU threads, for instance 1, or 0 for its default (one per core)");
        }
    }

    private static int wholeNumber(UnaryOperator<String> values, String key, int fallback) {
        String value = values.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    key + " '" + value + "' is not a whole number of steps," + " for instance " + fallback);
        }
    }
}
