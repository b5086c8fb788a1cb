package io.github.siked.djl.tokenizer;

import io.github.siked.student.StudentTokenizer;

/**
 * Checks that a tokenizer belongs to a model: every id it can produce must have an embedding row.
 * A model may have more rows than the tokenizer has ids (checkpoints pad vocab_size to a multiple
 * of 64 or 128), never fewer.
 */
public final class VocabularyFit {

    private VocabularyFit() {}

    /** @throws IllegalArgumentException naming both sizes when the tokenizer has more ids than the model */
    public static void check(StudentTokenizer tokenizer, int modelVocabSize) {
        int ids = tokenizer.vocabularySize();
        if (ids > modelVocabSize) {
            throw new IllegalArgumentException("the tokenizer has " + ids + " ids but the model's"
                    + " vocab_size is " + modelVocabSize + ": they do not belong together; use the"
                    + " tokenizer the model was trained with");
        }
    }
}
