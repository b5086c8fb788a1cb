package io.github.siked.djl.sample;

/**
 * What a row generated.
 *
 * @param tokens the new ids, the end marker excluded; after a stop string they run to the token
 *     that completed it, and {@link StopStrings#cut} removes the string from the text
 * @param finish why the row ended
 */
public record Generation(int[] tokens, Finish finish) {

    /** Why a row ended. */
    public enum Finish {
        /** The model wrote the end marker. */
        END_MARKER,
        /** The text reached a stop string. */
        STOP_STRING,
        /** The cap on new tokens, or the model's last position, was reached. */
        LENGTH
    }

    public Generation {
        tokens = tokens.clone();
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }
}
