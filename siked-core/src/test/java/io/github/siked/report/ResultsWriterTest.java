package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.event.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ResultsWriterTest {

    private static final List<String> FILES =
            List.of("metrics.json", "README.md", "accuracy.svg", "strategy-share.svg", "alpha.svg");

    @TempDir
    Path dir;

    @Test
    void writesTheFiveFilesAndTheIndex() throws IOException {
        List<Event> events = new CopyOnWriteArrayList<>();
        new ResultsWriter(events::add).write(dir, SampleMetrics.gemma());

        Path folder = dir.resolve("gsm8k-gemma-2b");
        for (String name : FILES) {
            assertTrue(Files.size(folder.resolve(name)) > 0, name);
        }
        assertTrue(Files.readString(dir.resolve("README.md")).contains("[gsm8k-gemma-2b](gsm8k-gemma-2b/)"));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(
                    List.of(),
                    left.filter(p -> p.getFileName().toString().endsWith(".partial"))
                            .toList());
        }
        assertEquals(1, events.size());
        assertTrue(((Event.Info) events.get(0)).message().startsWith("results of gsm8k-gemma-2b written to " + folder));
    }

    @Test
    void writesTheSameBytesForTheSameMetrics() throws IOException {
        new ResultsWriter(e -> {}).write(dir.resolve("first"), SampleMetrics.gemma());
        // Equal metrics whose maps and iterations were filled in another order.
        ExperimentMetrics shuffled = shuffled(SampleMetrics.gemma());
        assertEquals(SampleMetrics.gemma(), shuffled);
        new ResultsWriter(e -> {}).write(dir.resolve("second"), shuffled);
        new ResultsWriter(e -> {}).write(dir.resolve("second"), shuffled);

        for (String name : FILES) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("first/gsm8k-gemma-2b").resolve(name)),
                    Files.readAllBytes(dir.resolve("second/gsm8k-gemma-2b").resolve(name)),
                    name);
        }
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("first/README.md")),
                Files.readAllBytes(dir.resolve("second/README.md")));
    }

    @Test
    void writesTheSameBytesInAnyLocale() throws IOException {
        new ResultsWriter(e -> {}).write(dir.resolve("first"), SampleMetrics.gemma());
        Locale before = Locale.getDefault();
        // Decimal commas (German) and other digits (Egyptian Arabic) in JFreeChart's tick labels.
        for (Locale other : List.of(Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
            Locale.setDefault(other);
            try {
                new ResultsWriter(e -> {}).write(dir.resolve(other.toLanguageTag()), SampleMetrics.gemma());
            } finally {
                Locale.setDefault(before);
            }
            for (String name : FILES) {
                assertArrayEquals(
                        Files.readAllBytes(dir.resolve("first/gsm8k-gemma-2b").resolve(name)),
                        Files.readAllBytes(dir.resolve(other.toLanguageTag() + "/gsm8k-gemma-2b")
                                .resolve(name)),
                        other + " " + name);
            }
        }
    }

    @Test
    void plotsAreXmlNamingEverySeries() throws Exception {
        new ResultsWriter(e -> {}).write(dir, SampleMetrics.gemma());
        Path folder = dir.resolve("gsm8k-gemma-2b");

        assertTrue(texts(folder.resolve("accuracy.svg"))
                .containsAll(List.of("validation", "gsm8k-test", "svamp", "best on validation")));
        assertTrue(texts(folder.resolve("strategy-share.svg")).containsAll(List.of("cot", "l2m", "pot", "none")));
        assertTrue(texts(folder.resolve("alpha.svg"))
                .containsAll(List.of("α, all strategies", "α, cot", "α, l2m", "α, pot")));
        for (String plot : List.of("accuracy", "strategy-share", "alpha")) {
            String svg = Files.readString(folder.resolve(plot + ".svg"));
            // Ids from the plot's name and a count, not from the clock: the same metrics give the same file in any JVM.
            List<String> ids = ids(folder.resolve(plot + ".svg"));
            assertFalse(ids.isEmpty(), plot);
            for (String id : ids) {
                assertTrue(id.matches(plot + "-(genericDefs|defs\\d+|clipPath\\d+)"), plot + ": " + id);
            }
            assertFalse(svg.contains("DOCTYPE"), plot);
            assertFalse(svg.contains("\r"), plot);
        }
    }

    @Test
    void drawsARunWithOneIteration() throws Exception {
        ExperimentMetrics combined = new ExperimentMetrics(
                "combined",
                new RunSetup("s", "t", "Combined", 1),
                0,
                List.of(SampleMetrics.iteration0()),
                Map.of(),
                List.of());
        new ResultsWriter(e -> {}).write(dir, combined);

        assertTrue(texts(dir.resolve("combined/accuracy.svg")).contains("validation"));
        assertTrue(Files.readString(dir.resolve("combined/README.md")).contains("No test set was evaluated."));
    }

    private static List<String> ids(Path svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagNameNS("*", "*");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String id = ((Element) nodes.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<String> texts(Path svg) throws Exception {
        NodeList nodes = parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getLocalName());
        return document;
    }

    private static ExperimentMetrics shuffled(ExperimentMetrics m) {
        List<IterationMetrics> iterations = new ArrayList<>();
        for (IterationMetrics i : m.iterations()) {
            iterations.add(new IterationMetrics(
                    i.iteration(),
                    i.mix(),
                    new ValidationMetrics(
                            i.validation().accuracy(),
                            reversed(i.validation().strategyShare()),
                            i.validation().strategyEntropy()),
                    reversed(i.alphaByStrategy()),
                    reversed(i.testAccuracy()),
                    i.trainSteps()));
        }
        Collections.reverse(iterations);
        return new ExperimentMetrics(
                m.experiment(), m.setup(), m.bestIteration(), iterations, reversed(m.test()), m.comparison());
    }

    private static <V> Map<String, V> reversed(Map<String, V> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        Collections.reverse(keys);
        Map<String, V> copy = new LinkedHashMap<>();
        keys.forEach(k -> copy.put(k, map.get(k)));
        return copy;
    }
}
