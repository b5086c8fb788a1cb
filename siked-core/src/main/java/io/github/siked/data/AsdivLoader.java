package io.github.siked.data;

import io.github.siked.record.Problem;
import io.github.siked.record.RecordFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads ASDiv ({@code ASDiv.xml} of chaochun/nlu-asdiv-dataset): {@code <Problem ID="nluds-0001">}
 * elements with {@code <Body>}, {@code <Question>} and {@code <Answer>}. The question is the body,
 * a space, then the question. Problems whose answer is not one number are skipped with their
 * reason ({@link AsdivAnswer}).
 *
 * <p>The parser refuses DTDs and external entities: a data file is input, and an XML entity could
 * otherwise read local files or reach the network (XXE).
 */
public final class AsdivLoader implements DatasetLoader {

    public static final String NAME = "asdiv";

    @Override
    public Dataset load(Path file) {
        UpstreamJson.requireFile(file);
        NodeList elements = parse(file).getElementsByTagName("Problem");
        List<Problem> problems = new ArrayList<>();
        List<SkippedRecord> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < elements.getLength(); index++) {
            Element element = (Element) elements.item(index);
            String id = element.getAttribute("ID").strip();
            if (id.isEmpty()) {
                throw RecordLocation.record(file, index, null).error("<Problem> has no ID attribute");
            }
            RecordLocation at = RecordLocation.record(file, index, id);
            if (!ids.add(id)) {
                throw at.error("a second <Problem> with the ID '" + id + "': ids must be unique");
            }
            String answer = child(element, "Answer", at);
            Optional<String> gold = AsdivAnswer.number(answer);
            if (gold.isEmpty()) {
                skipped.add(new SkippedRecord(id, index, AsdivAnswer.reason(answer), answer));
                continue;
            }
            String question = child(element, "Body", at).strip() + " "
                    + child(element, "Question", at).strip();
            problems.add(new Problem(id, question, gold.get()));
        }
        return new Dataset(NAME, problems, skipped);
    }

    private static String child(Element problem, String tag, RecordLocation at) {
        NodeList children = problem.getElementsByTagName(tag);
        if (children.getLength() == 0) {
            throw at.error("missing element <" + tag + ">");
        }
        return children.item(0).getTextContent();
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            // The default handler prints fatal errors to stderr before throwing; ours only throws.
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(file.toFile());
        } catch (SAXParseException e) {
            throw new RecordFormatException(file, e.getLineNumber(), "not valid XML: " + e.getMessage());
        } catch (SAXException e) {
            throw new RecordFormatException(file, "not valid XML: " + e.getMessage());
        } catch (IOException e) {
            throw new RecordFormatException(file, "cannot be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
