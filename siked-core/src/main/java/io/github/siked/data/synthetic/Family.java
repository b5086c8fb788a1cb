package io.github.siked.data.synthetic;

import java.util.SplittableRandom;

/** A kind of word problem: its story, its phrasings and how its numbers are drawn. */
interface Family {

    /** The id written to the {@code family} field of records, for instance {@code chain}. */
    String id();

    /**
     * Draws one problem. Only {@code random} may be a source of variation, so a seeded stream repeats
     * exactly.
     */
    Draft draw(SplittableRandom random, Shift shift);
}
