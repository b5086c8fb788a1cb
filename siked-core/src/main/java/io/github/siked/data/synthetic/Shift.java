package io.github.siked.data.synthetic;

/**
 * How a split departs from the training distribution. Every shift keeps to the training vocabulary:
 * a tiny student scores nothing on words it never saw, which would measure the tokenizer rather
 * than generalisation.
 */
enum Shift {
    /** The training distribution: train, validation and test. */
    NONE,
    /** Held-out phrasings: the same words and arithmetic, sentences in another order or joined. */
    PHRASING,
    /** One more reasoning step than any training problem of the same family. */
    STEPS,
    /** At least one stated number above anything the family states in training. */
    NUMBERS
}
