package io.github.siked.djl.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.student.Overflow;
import io.github.siked.student.Packer;
import io.github.siked.student.Packing;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.TokenizedExample;
import io.github.siked.student.TrainingExample;
import io.github.siked.student.WordTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speed probes' examples fill packed rows exactly and size the vocabulary as asked. */
class SyntheticExamplesTest {

    private final StudentFormat format = StudentFormat.tagged();

    @Test
    void fourExamplesFillEachRowAndTheVocabularyIsTheOneAskedFor() {
        List<TrainingExample> examples = SyntheticExamples.filling(format, 512, 256, 16, 1);
        WordTokenizer tokenizer = WordTokenizer.forExamples(format, examples);
        assertEquals(512, tokenizer.vocabularySize());
        StudentEncoder encoder = new StudentEncoder(format, tokenizer);
        List<TokenizedExample> encoded =
                examples.stream().map(e -> encoder.encode(e, 1f)).toList();
        encoded.forEach(e -> assertEquals(64, e.length(), "every example is a quarter row"));
        Packing packing = new Packer(256, Overflow.REJECT, tokenizer.padId()).pack(encoded, 1);
        assertEquals(16, packing.batches(1).size(), "16 full rows");
    }

    @Test
    void rowsTooShortForTheFormatAreRefused() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SyntheticExamples.filling(format, 512, 64, 4, 1));
        assertEquals(true, e.getMessage().startsWith("rows of 64 tokens leave no room"), e.getMessage());
    }
}
