package io.github.siked.student;

/** Sampling settings for tests: k short outputs per problem at SIKeD's temperature 0.7 and top-p 0.95. */
public final class ShortSamples {

    private ShortSamples() {}

    /** k outputs of at most 64 new tokens; a test adds its seed and batch size. */
    public static SampleConfig.Builder of(int k) {
        return SampleConfig.builder().optK(k).optTemperature(0.7).optTopP(0.95).optMaxNewTokens(64);
    }
}
