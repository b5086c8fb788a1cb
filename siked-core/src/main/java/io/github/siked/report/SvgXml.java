package io.github.siked.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes the SVG tree that Batik built as a standalone document. Batik's own writer ends lines
 * with the platform's separator and adds a DOCTYPE whose DTD XML parsers would fetch; the JDK's
 * transformer leaves attribute order and indentation to its implementation. Here lines end with
 * {@code \n}, attributes are sorted by name and each element that holds only elements has its
 * children indented on lines of their own, so the bytes depend on the tree alone.
 */
final class SvgXml {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private SvgXml() {}

    /** The document whose root is {@code svg}, with an XML declaration and no DOCTYPE. */
    static String write(Element svg) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // Declared on the root as Batik's writer does; Batik names attributes of the xlink namespace
        // with the prefix and leaves their declaration to whoever writes the tree.
        out.append("<svg xmlns=\"")
                .append(SVG_NS)
                .append("\" xmlns:xlink=\"")
                .append(XLINK_NS)
                .append('"');
        attributes(svg, out);
        content(svg, out, 0);
        return out.append('\n').toString();
    }

    private static void element(Element element, StringBuilder out, int depth) {
        out.append('<').append(element.getTagName());
        attributes(element, out);
        content(element, out, depth);
    }

    /** Closes the start tag, writes the children and the end tag. */
    private static void content(Element element, StringBuilder out, int depth) {
        if (!element.hasChildNodes()) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean onlyElements = true;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            onlyElements &= child.getNodeType() == Node.ELEMENT_NODE;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (onlyElements) {
                    out.append('\n').append("  ".repeat(depth + 1));
                }
                element((Element) child, out, depth + 1);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                // Text sits in <text xml:space="preserve">: written as it is, never indented.
                escape(child.getNodeValue(), false, out);
            }
        }
        if (onlyElements) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append("</").append(element.getTagName()).append('>');
    }

    private static void attributes(Element element, StringBuilder out) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!attribute.getName().equals("xmlns") && !attribute.getName().startsWith("xmlns:")) {
                attributes.add(attribute);
            }
        }
        attributes.sort(Comparator.comparing(Attr::getName));
        for (Attr attribute : attributes) {
            out.append(' ').append(attribute.getName()).append("=\"");
            escape(attribute.getValue(), true, out);
            out.append('"');
        }
    }

    private static void escape(String text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                // XML 1.0 has no way to write other control characters: a label keeps its place, not them.
                default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
    }
}
