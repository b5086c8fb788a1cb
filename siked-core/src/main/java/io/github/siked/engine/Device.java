package io.github.siked.engine;

import java.util.Locale;

/**
 * Where the student trains and samples ({@code siked.device}). {@code auto} takes a GPU when the
 * engine has one and the CPU otherwise; {@code gpu} insists on a GPU, so that a GPU job never
 * silently crawls on the CPU (the engine refuses it, saying how to get one, when there is none).
 */
public enum Device {
    AUTO,
    CPU,
    GPU;

    /**
     * The value users write: {@code auto} (or blank), {@code cpu}, {@code gpu} or {@code cuda}, any case.
     *
     * @throws IllegalArgumentException naming {@code siked.device}, the value and the choices
     */
    public static Device parse(String value) {
        String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (id) {
            case "auto", "" -> AUTO;
            case "cpu" -> CPU;
            case "gpu", "cuda" -> GPU;
            default ->
                throw new IllegalArgumentException(EngineSettings.DEVICE + " '" + value + "' is not a device: use"
                        + " auto (the GPU when there is one), cpu or gpu");
        };
    }

    /** The lowercase id, as users write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
