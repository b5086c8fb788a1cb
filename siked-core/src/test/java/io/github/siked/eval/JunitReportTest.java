package io.github.siked.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    @TempDir
    Path dir;

    @Test
    void writesOneTestCaseAPerCheckAndAFailurePerMiss() throws Exception {
        GateResult result = Gate.check(
                new MethodAccuracy("siked", Map.of("synthetic:test", 0.412, "svamp", 0.7)),
                List.of(),
                List.of(
                        new Threshold("synthetic:test", 0.45),
                        new Threshold("svamp", 0.6),
                        new Threshold("asdiv", 0.3)),
                List.of());
        Path file = dir.resolve("surefire-reports/TEST-siked.gate.xml");
        JunitReport.write(file, "siked.gate", result, Duration.ofMillis(1234));

        Element suite = parse(file).getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("siked.gate", suite.getAttribute("name"));
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals("1.234", suite.getAttribute("time"));

        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element first = (Element) cases.item(0);
        assertEquals("synthetic:test >= 0.450", first.getAttribute("name"));
        assertEquals("siked.gate", first.getAttribute("classname"));
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertEquals("siked.gate", failure.getAttribute("type"));
        assertEquals(
                "synthetic:test accuracy 0.412 is below the minimum 0.450 (<thresholds>)",
                failure.getAttribute("message"));
        assertEquals(failure.getAttribute("message"), failure.getTextContent());
        assertEquals(
                0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        assertEquals(
                1, ((Element) cases.item(2)).getElementsByTagName("failure").getLength());
        assertEquals(2, suite.getElementsByTagName("failure").getLength());
    }

    @Test
    void escapesMarkupQuotesAndCharactersXmlCannotHold() throws Exception {
        String dataset = "jsonl:a&b<c>\"d\"'e'\u0001f";
        GateResult result = Gate.check(
                new MethodAccuracy("siked", Map.of(dataset, 0.1)),
                List.of(),
                List.of(new Threshold(dataset, 0.5)),
                List.of());
        Path file = dir.resolve("TEST-gate.xml");
        JunitReport.write(file, "gate <&> \"suite\"", result, Duration.ZERO);

        String raw = Files.readString(file);
        assertTrue(raw.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), raw);
        Element suite = parse(file).getDocumentElement();
        assertEquals("gate <&> \"suite\"", suite.getAttribute("name"));
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertEquals("jsonl:a&b<c>\"d\"'e'\uFFFDf >= 0.500", testcase.getAttribute("name"));
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertEquals(
                "jsonl:a&b<c>\"d\"'e'\uFFFDf accuracy 0.100 is below the minimum 0.500 (<thresholds>)",
                failure.getTextContent());
    }

    @Test
    void aPassedGateWithNoChecksIsAnEmptySuite() throws Exception {
        Path file = dir.resolve("TEST-empty.xml");
        JunitReport.write(file, "siked.gate", new GateResult(List.of()), Duration.ofSeconds(2));
        Element suite = parse(file).getDocumentElement();
        assertEquals("0", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("2.000", suite.getAttribute("time"));
        assertEquals(0, suite.getElementsByTagName("testcase").getLength());
    }

    @Test
    void replacesAnOldReportWhole() throws Exception {
        Path file = dir.resolve("TEST-gate.xml");
        Files.writeString(file, "not xml at all");
        JunitReport.write(file, "siked.gate", new GateResult(List.of()), Duration.ZERO);
        assertEquals("testsuite", parse(file).getDocumentElement().getTagName());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
