package io.github.siked.djl.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import io.github.siked.djl.model.Architecture;
import io.github.siked.djl.model.Decoder;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.event.Event;
import io.github.siked.event.EventListener;
import io.github.siked.record.Origin;
import io.github.siked.record.Problem;
import io.github.siked.record.Sample;
import io.github.siked.strategy.Strategy;
import io.github.siked.strategy.StrategyTag;
import io.github.siked.student.SampleConfig;
import io.github.siked.student.StudentEncoder;
import io.github.siked.student.StudentFormat;
import io.github.siked.student.WordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sampler on a random tiny model with a word tokenizer: records, prefill, stops, seeds. */
class DjlSamplerTest {

    private static final StudentFormat FORMAT = StudentFormat.tagged();
    private static final List<Problem> PROBLEMS = List.of(
            new Problem("p-0", "Ann has 20 cards. Ann buys 4 cards. How many cards does Ann have now?", "24"),
            new Problem("p-1", "Bob has 7 apples.", "7"),
            new Problem("p-2", "A box holds 12 pens and 3 boxes are full. How many pens are in the boxes?", "36"));

    private static WordTokenizer tokenizer;
    private static StudentEncoder encoder;
    private static DjlSampler sampler;

    @BeforeAll
    static void open() {
        List<String> corpus = new ArrayList<>(FORMAT.fixedTexts());
        PROBLEMS.forEach(p -> corpus.add(p.question()));
        corpus.add("answer = 20 + 4\nFinal Answer: 24");
        tokenizer = WordTokenizer.build(corpus, true);
        encoder = new StudentEncoder(FORMAT, tokenizer);
        NDManager manager = NDManager.newBaseManager();
        ModelConfig config = ModelConfig.tiny(Architecture.LLAMA, tokenizer.vocabularySize(), 64, 128, 2, 4, 2);
        sampler = new DjlSampler(manager, Decoder.random(config, 21, manager), encoder, 2);
    }

    @AfterAll
    static void close() {
        sampler.close();
    }

    private static SampleConfig config(int k, double temperature, List<String> stop, long seed, int batch) {
        return SampleConfig.builder()
                .optK(k)
                .optTemperature(temperature)
                .optTopP(0.95)
                .optMaxNewTokens(16)
                .optStop(stop)
                .optSeed(seed)
                .optBatchSize(batch)
                .build();
    }

    @Test
    void forcedSamplesStartWithTheTagAndCarryTheirRecordFields() throws Exception {
        List<Sample> samples = sampler.sample(
                config(3, 1.0, List.of(), 5, 4), PROBLEMS, Optional.of(Strategy.POT), EventListener.NONE);
        assertEquals(9, samples.size());
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            assertEquals(PROBLEMS.get(i / 3).id(), sample.id());
            assertEquals(i % 3, sample.index());
            assertEquals(Strategy.POT, sample.strategy());
            assertEquals(Origin.STUDENT, sample.origin());
            assertEquals(2, sample.iteration());
            assertTrue(sample.text().startsWith("[pot]: "), sample.text());
        }
    }

    @Test
    void aFreeChoiceRecordsTheTagWrittenElseCot() throws Exception {
        List<Sample> samples =
                sampler.sample(config(4, 1.5, List.of(), 9, 64), PROBLEMS, Optional.empty(), EventListener.NONE);
        for (Sample sample : samples) {
            assertEquals(StrategyTag.read(sample.text()).orElse(Strategy.COT), sample.strategy(), sample.text());
        }
    }

    @Test
    void samplesRepeatWithTheSeedWhateverTheBatchSizeAndDifferWithAnother() throws Exception {
        List<Sample> wide = sampler.sample(
                config(4, 1.0, List.of(), 7, 64), PROBLEMS, Optional.of(Strategy.COT), EventListener.NONE);
        List<Sample> narrow = sampler.sample(
                config(4, 1.0, List.of(), 7, 3), PROBLEMS, Optional.of(Strategy.COT), EventListener.NONE);
        List<Problem> reversed = new ArrayList<>(PROBLEMS);
        Collections.reverse(reversed);
        List<Sample> reordered = sampler.sample(
                config(4, 1.0, List.of(), 7, 5), reversed, Optional.of(Strategy.COT), EventListener.NONE);
        List<Sample> reseeded = sampler.sample(
                config(4, 1.0, List.of(), 8, 64), PROBLEMS, Optional.of(Strategy.COT), EventListener.NONE);
        assertEquals(wide, narrow);
        for (int i = 0; i < wide.size(); i++) {
            assertEquals(wide.get(i), reordered.get((2 - i / 4) * 4 + i % 4));
        }
        assertNotEquals(texts(wide), texts(reseeded));
        assertTrue(texts(wide).stream().distinct().count() > 1, "k samples of a question should differ");
    }

    @Test
    void aStopStringEndsTheSampleAndIsCutFromItsText() throws Exception {
        SampleConfig greedy =
                SampleConfig.builder().optMaxNewTokens(24).optBatchSize(8).build();
        String free = sampler.sample(greedy, PROBLEMS.subList(0, 1), Optional.of(Strategy.L2M), EventListener.NONE)
                .get(0)
                .text();
        String body = free.substring("[l2m]: ".length());
        // A stop string made of two characters from the middle of what the model writes anyway.
        String stop = body.substring(body.length() / 2, body.length() / 2 + 2);
        SampleConfig stopping = SampleConfig.builder()
                .optMaxNewTokens(24)
                .optStop(List.of(stop))
                .optBatchSize(8)
                .build();
        String stopped = sampler.sample(stopping, PROBLEMS.subList(0, 1), Optional.of(Strategy.L2M), EventListener.NONE)
                .get(0)
                .text();
        assertEquals("[l2m]: " + body.substring(0, body.indexOf(stop)), stopped);
    }

    @Test
    void progressLinesCarryTokensPerSecond() throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        sampler.sample(config(2, 1.0, List.of(), 1, 4), PROBLEMS, Optional.of(Strategy.COT), events::add);
        Event.Progress last = (Event.Progress) events.get(events.size() - 1);
        assertEquals(6, last.done());
        assertEquals(6, last.total());
        assertTrue(
                last.describe().matches("sampling at [0-9,]+ tokens/s: 6/6 samples \\(100%\\), .*"), last.describe());
    }

    @Test
    void unknownWordsInQuestionsAreReportedOnce() throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        sampler.sample(
                config(1, 1.0, List.of(), 1, 4),
                List.of(new Problem("q", "Zed has 3 kumquats.", "3")),
                Optional.of(Strategy.POT),
                events::add);
        List<Event> warnings =
                events.stream().filter(e -> e instanceof Event.Warning).toList();
        assertEquals(1, warnings.size());
        assertTrue(((Event.Warning) warnings.get(0)).message().contains("'kumquats' (1)"), warnings.toString());
    }

    @Test
    void aTokenizerLargerThanTheModelIsRefused() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelConfig small = ModelConfig.tiny(Architecture.LLAMA, 16, 32, 64, 1, 2, 1);
            Decoder decoder = Decoder.random(small, 1, manager);
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> new DjlSampler(manager, decoder, encoder, 0));
            assertEquals(
                    "the tokenizer has " + tokenizer.vocabularySize() + " ids but the model's"
                            + " vocab_size is 16: they do not belong together; use the tokenizer the model was"
                            + " trained with",
                    e.getMessage());
        }
    }

    private static List<String> texts(List<Sample> samples) {
        return samples.stream().map(Sample::text).toList();
    }
}
