package io.github.siked.sandbox;

import java.util.Locale;

/** Whether sandbox workers run inside an OS-level jail (bubblewrap) besides their own limits. */
public enum Isolation {
    /** Use bubblewrap when it works on this machine; otherwise warn and run without it. */
    AUTO,
    /** Require bubblewrap: starting the sandbox fails when it is missing or unusable. */
    BWRAP,
    /** Rely on the worker's in-process layers only. */
    NONE;

    /** Reads {@code auto}, {@code bwrap} or {@code none}, in any case. */
    public static Isolation parse(String text) {
        for (Isolation isolation : values()) {
            if (isolation.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return isolation;
            }
        }
        throw new IllegalArgumentException(
                "siked.sandbox.isolation must be one of auto, bwrap, none; was '" + text + "'");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
