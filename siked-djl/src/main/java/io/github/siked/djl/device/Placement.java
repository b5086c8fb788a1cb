package io.github.siked.djl.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.pytorch.jni.LibUtils;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the student runs, resolved once per stage: the device its arrays live on and the engine
 * in words. {@link #describe} is the log line a user reads to check that CUDA took.
 *
 * @param device the device the model, its batches and the optimizer state are created on
 * @param engine the engine, its version and libtorch build, for instance {@code PyTorch 2.7.1 cu128}
 */
public record Placement(Device device, String engine) {

    /** A libtorch build's flavor in its folder name: {@code 2.7.1-cu128-linux-x86_64}, {@code …-cpu-…}. */
    private static final Pattern FLAVOR = Pattern.compile("(?:^|[-_/])(cu\\d+|cpu|rocm[\\d.]*)(?=$|[-_/])");

    /** The CPU, for tests and tools that need no GPU. */
    public static Placement cpu() {
        return new Placement(Device.cpu(), describeEngine());
    }

    /**
     * Resolves {@code choice} against the GPUs DJL's engine can use (loading libtorch if needed).
     * DJL counts GPUs through the CUDA runtime, not libtorch, so a GPU machine with the CPU libtorch
     * jar counts one it cannot use: a GPU counts only when libtorch was built with CUDA.
     */
    public static Placement resolve(DeviceChoice choice) {
        String engine = describeEngine();
        Engine loaded = Engine.getInstance();
        int gpus = loaded.hasCapability(StandardCapabilities.CUDA) ? loaded.getGpuCount() : 0;
        boolean gpu = choice.usesGpu(gpus, engine);
        return new Placement(gpu ? Device.gpu() : Device.cpu(), engine);
    }

    /** The start-of-stage log line, for instance {@code student on gpu(0), PyTorch 2.7.1 cu128}. */
    public String describe() {
        return "student on " + deviceName() + ", " + engine;
    }

    /** The device as logs and manifests name it: {@code cpu} or {@code gpu(0)}. */
    public String deviceName() {
        return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
    }

    /**
     * The loaded libtorch's build, for instance {@code cpu} or {@code cu128}, or {@code unknown}
     * when neither its folder nor {@code PYTORCH_FLAVOR} says.
     */
    public static String libtorchFlavor() {
        return flavor(LibUtils.getLibtorchPath(), System.getenv("PYTORCH_FLAVOR"))
                .orElse("unknown");
    }

    /** The loaded engine: name, version, libtorch flavor and where libtorch was loaded from. */
    static String describeEngine() {
        Engine engine = Engine.getInstance();
        String library = LibUtils.getLibtorchPath();
        String flavor = flavor(library, System.getenv("PYTORCH_FLAVOR")).orElse("unknown build");
        return engine.getEngineName() + " " + engine.getVersion() + " " + flavor + " (libtorch " + library + ")";
    }

    /**
     * The libtorch build: from the folder DJL extracted or downloaded it to, else from {@code
     * PYTORCH_FLAVOR} (a local libtorch named by {@code PYTORCH_LIBRARY_PATH} has no flavor in its path).
     */
    static Optional<String> flavor(String libraryPath, String flavorVariable) {
        if (libraryPath != null) {
            Path folder = Path.of(libraryPath).getFileName();
            Matcher matcher = FLAVOR.matcher(folder == null ? libraryPath : folder.toString());
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return flavorVariable == null || flavorVariable.isBlank()
                ? Optional.empty()
                : Optional.of(flavorVariable.strip());
    }
}
