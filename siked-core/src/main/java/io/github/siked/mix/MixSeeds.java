package io.github.siked.mix;

/**
 * The seeds the mix stage records and draws with.
 *
 * @param teacher the teacher run's seed, recorded in each teacher row
 * @param student the student's sampling seed, recorded in each student row
 * @param draw the seed of every draw the stage makes (fixed alpha, mixed thought, a control)
 */
public record MixSeeds(long teacher, long student, long draw) {

    /** One seed for all three, as {@code siked:mix} takes it from {@code siked.seed}. */
    public static MixSeeds all(long seed) {
        return new MixSeeds(seed, seed, seed);
    }
}
