package io.github.siked.eval;

import io.github.siked.stage.AtomicFile;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the accuracy gate as a JUnit XML report in Maven Surefire's format, so that CI dashboards
 * that collect {@code target/surefire-reports/TEST-*.xml} show each check as a test case and each
 * miss as a failure.
 *
 * <p>The file is written whole or not at all ({@link AtomicFile}). Escaping is left to the JDK's
 * XML writer; characters that XML 1.0 cannot hold at all (control characters other than tab,
 * line feed and carriage return, unpaired surrogates) are replaced by U+FFFD first, since no
 * escape exists for them and a dataset name or message could carry one.
 */
public final class JunitReport {

    /** The {@code type} of a failure: lets dashboards tell gate misses from failing unit tests. */
    public static final String FAILURE_TYPE = "siked.gate";

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final String SCHEMA =
            "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd";

    private JunitReport() {}

    /**
     * Writes the report.
     *
     * @param file the XML file to write, for instance {@code target/surefire-reports/TEST-siked.gate.xml}
     * @param suiteName the test suite's name, also each test case's class name
     * @param result the gate's checks
     * @param elapsed how long the evaluation took, the suite's time
     */
    public static void write(Path file, String suiteName, GateResult result, Duration elapsed) {
        if (suiteName == null || suiteName.isBlank()) {
            throw new IllegalArgumentException("the JUnit report needs a suite name, for instance siked.gate");
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "noNamespaceSchemaLocation", SCHEMA);
            xml.writeAttribute("name", legal(suiteName));
            xml.writeAttribute("time", seconds(elapsed));
            xml.writeAttribute("tests", Integer.toString(result.checks().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("failures", Integer.toString(result.misses().size()));
            for (GateCheck check : result.checks()) {
                xml.writeCharacters("\n  ");
                writeCase(xml, suiteName, check);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit report " + file + ": " + e.getMessage(), e);
        }
        AtomicFile.write(file, text.toString());
    }

    private static void writeCase(XMLStreamWriter xml, String suiteName, GateCheck check) throws XMLStreamException {
        // The checks are arithmetic on numbers already measured: they take no time of their own.
        String[] attributes = {"name", legal(check.name()), "classname", legal(suiteName), "time", "0.000"};
        if (check.passed()) {
            xml.writeEmptyElement("testcase");
            writeAttributes(xml, attributes);
            return;
        }
        xml.writeStartElement("testcase");
        writeAttributes(xml, attributes);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("failure");
        xml.writeAttribute("message", legal(check.description()));
        xml.writeAttribute("type", FAILURE_TYPE);
        xml.writeCharacters(legal(check.description()));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeAttributes(XMLStreamWriter xml, String[] pairs) throws XMLStreamException {
        for (int i = 0; i < pairs.length; i += 2) {
            xml.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }

    /** Seconds with three decimals, as Surefire writes them. */
    private static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.3f", elapsed.toNanos() / 1e9);
    }

    /** The text with every character XML 1.0 cannot represent replaced by U+FFFD. */
    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(ok ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
