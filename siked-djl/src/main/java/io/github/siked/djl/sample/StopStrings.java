package io.github.siked.djl.sample;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Finds stop strings in generated text as it grows. Each step decodes only the newest tokens (a
 * window wide enough for the longest stop string), not the whole row: decoding everything again
 * at every step would cost time quadratic in the output's length. A string found in the window
 * was not there a step earlier, since that step checked a window ending one token before.
 */
final class StopStrings {

    /** Byte-level tokenizers may spend up to four tokens on one character. */
    private static final int TOKENS_PER_CHARACTER = 4;

    private final List<String> stops;
    private final Function<int[], String> decoder;
    private final int window;

    StopStrings(List<String> stops, Function<int[], String> decoder) {
        this.stops = List.copyOf(stops);
        this.decoder = decoder;
        int longest = stops.stream().mapToInt(String::length).max().orElse(0);
        // Tokens that decode to nothing (markers, joins) get a few slots of their own.
        this.window = TOKENS_PER_CHARACTER * longest + 8;
    }

    boolean none() {
        return stops.isEmpty();
    }

    /** Whether the text of {@code tokens[0, count)} holds a stop string that its last token completed. */
    boolean reached(int[] tokens, int count) {
        if (stops.isEmpty()) {
            return false;
        }
        String tail = decoder.apply(Arrays.copyOfRange(tokens, Math.max(0, count - window), count));
        for (String stop : stops) {
            if (tail.contains(stop)) {
                return true;
            }
        }
        return false;
    }

    /** The text before the earliest stop string that starts at or after {@code from}. */
    static String cut(String text, int from, List<String> stops) {
        int end = text.length();
        for (String stop : stops) {
            int at = text.indexOf(stop, from);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return text.substring(0, end);
    }
}
