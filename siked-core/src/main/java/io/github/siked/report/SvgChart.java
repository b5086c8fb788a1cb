package io.github.siked.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a JFreeChart chart as an SVG document whose text depends only on the chart and the fonts
 * Java finds. Batik's SVG generator writes into a JDK DOM; it counts ids per document rather than
 * per clock, and here they carry the plot's name, coordinates are rounded to two decimals, and
 * {@link SvgXml} writes the tree with fixed line ends, so the same metrics give the same file.
 * Layout still follows the measured width of text, so the fonts behind Java's {@code SansSerif}
 * (DejaVu Sans on Debian, through fontconfig) must be the same wherever the results are regenerated.
 */
final class SvgChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    /** Okabe and Ito's colour-blind-safe palette, black first: one colour a line. */
    private static final Color[] SERIES = {
        new Color(0x000000), new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442)
    };

    static {
        // Results are drawn during builds, often on machines without a display; never open an AWT window.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SvgChart() {}

    /** The i-th colour of the palette, wrapping around. */
    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }

    /** One colour per strategy in every plot, so that {@code pot} is the same green everywhere. */
    static Color strategy(String key) {
        return switch (key) {
            case "cot" -> SERIES[1];
            case "l2m" -> SERIES[5];
            case "pot" -> SERIES[3];
            case MetricKeys.NONE -> new Color(0x999999);
            default -> SERIES[4];
        };
    }

    /** A line's stroke: solid, or dashed for lines that give context (the overall α). */
    static BasicStroke line(boolean dashed) {
        return dashed
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * A value axis whose tick labels read the same in every default locale: JFreeChart's own tick
     * units format with it, so a German JVM would write {@code 0,5} and an Egyptian one other digits.
     */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return axis;
    }

    /**
     * Applies the plots' fonts and colours, set here rather than taken from ChartFactory's global
     * theme, which any code in the JVM may change.
     */
    static JFreeChart style(JFreeChart chart) {
        theme().apply(chart);
        return chart;
    }

    /** The chart as a standalone SVG document; {@code idPrefix} begins every id in it. */
    static String render(JFreeChart chart, String idPrefix) {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(newDocument());
        context.setIDGenerator(new PrefixedIds(idPrefix + "-"));
        // Batik rounds half-even with DecimalFormat on US symbols: no locale, no stray digits.
        context.setPrecision(2);
        context.setComment(null);
        SVGGraphics2D g2;
        try {
            // Batik asks AWT for its default font as it starts, so the font check covers both calls.
            g2 = new SVGGraphics2D(context, false);
            g2.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
            chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        } catch (InternalError e) {
            // Java measures text through fontconfig; on a machine without fonts the JDK fails deep in
            // AWT with an error that says nothing about the plot. Name the cause and the fix.
            String fontconfig = fontconfigProblem(e);
            if (fontconfig == null) {
                throw e;
            }
            throw new FontsUnavailableException(
                    "cannot draw " + idPrefix + ".svg: Java found no font to measure text with ("
                            + fontconfig + "); install fontconfig and a font, on Debian or Ubuntu "
                            + "`apt-get install -y fontconfig fonts-dejavu-core`",
                    e);
        }
        Element svg = g2.getRoot();
        // Batik calls its definitions "genericDefs" in every document; two plots inlined in one page
        // must not share an id.
        Element defs =
                (Element) svg.getElementsByTagNameNS(SvgXml.SVG_NS, "defs").item(0);
        defs.setAttributeNS(null, "id", idPrefix + "-genericDefs");
        svg.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        return SvgXml.write(svg);
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation().createDocument(SvgXml.SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM cannot create a plain namespace-aware document", e);
        }
    }

    /** Batik's per-document counters ({@code clipPath1}, …) behind the plot's name. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }

    /** The JDK's fontconfig complaint among the error's causes, or null when there is none. */
    private static String fontconfigProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Fontconfig")) {
                return cause.getMessage();
            }
        }
        return null;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("siked", false);
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        // Flat bars: the default painter's gradients are decoration that readers take for data.
        theme.setBarPainter(new StandardBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                SERIES,
                new Paint[] {Color.WHITE},
                new Paint[] {Color.BLACK},
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }
}
