package io.github.siked.djl.device;

import io.github.siked.engine.Device;
import io.github.siked.engine.EngineSettings;

/**
 * The {@code siked.device} setting: where the student trains and samples. {@code auto} takes the
 * first GPU when DJL's PyTorch engine reports one (a CUDA build of libtorch on a machine with a
 * GPU) and the CPU otherwise; {@code gpu} insists on a GPU and fails with a recipe when there is
 * none, so that a GPU job never silently crawls on the CPU.
 */
public enum DeviceChoice {
    AUTO,
    CPU,
    GPU;

    /** The key users set, as a goal parameter or a -D property. */
    public static final String KEY = EngineSettings.DEVICE;

    /** How a machine gets CUDA libtorch; every "no GPU" message ends with it. */
    static final String CUDA_RECIPE = "build with -Pgpu (-Dsiked.gpu in an experiment's build; it"
            + " drops pytorch-native-cpu) and let DJL"
            + " download CUDA libtorch when online, or point it at a local one offline with"
            + " PYTORCH_LIBRARY_PATH=<libtorch>/lib PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128"
            + " (README, \"GPU students\")";

    /** The value of {@code siked.device}, as the core reads it ({@link Device#parse}). */
    public static DeviceChoice parse(String value) {
        return switch (Device.parse(value)) {
            case AUTO -> AUTO;
            case CPU -> CPU;
            case GPU -> GPU;
        };
    }

    /**
     * Whether to run on the GPU, given how many GPUs the engine sees.
     *
     * @param gpuCount GPUs DJL's engine reports
     * @param engine the engine in words, for the message, for instance {@code PyTorch 2.7.1 cpu}
     * @throws IllegalArgumentException for {@code gpu} when there is none
     */
    public boolean usesGpu(int gpuCount, String engine) {
        if (this == GPU && gpuCount == 0) {
            throw new IllegalArgumentException(KEY + "=gpu but " + engine + " sees no GPU: " + CUDA_RECIPE + "; or set "
                    + KEY + "=auto to fall back to the CPU");
        }
        return this != CPU && gpuCount > 0;
    }
}
