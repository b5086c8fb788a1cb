package io.github.siked.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a JFreeChart chart as an SVG document whose text depends only on the chart and the fonts
 * Java finds. JFreeSVG's defaults would not: it names clip paths after {@code System.nanoTime()}
 * and writes coordinates with all their digits. Here ids are fixed and coordinates rounded to two
 * decimals, so the same metrics give the same file. Layout still follows the measured width of
 * text, so the fonts behind Java's {@code SansSerif} (DejaVu Sans on Debian, through fontconfig)
 * must be the same wherever the results are regenerated.
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
   * Applies the plots' fonts and colours, set here rather than taken from ChartFactory's global
   * theme, which any code in the JVM may change.
   */
  static JFreeChart style(JFreeChart chart) {
    theme().apply(chart);
    return chart;
  }

  /** The chart as a standalone SVG document; {@code idPrefix} names its clip paths. */
  static String render(JFreeChart chart, String idPrefix) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setDefsKeyPrefix(idPrefix + "-");
    g2.setGeomDoubleConverter(SvgChart::twoDecimals);
    g2.setTransformDoubleConverter(SvgChart::twoDecimals);
    try {
      chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    } catch (InternalError e) {
      // Java measures text through fontconfig; on a machine without fonts the JDK fails deep in
      // AWT with an error that says nothing about the plot. Name the cause and the fix.
      String fontconfig = fontconfigProblem(e);
      if (fontconfig == null) {
        throw e;
      }
      throw new IllegalStateException("cannot draw " + idPrefix + ".svg: Java found no font to measure text with ("
          + fontconfig + "); install fontconfig and a font, on Debian or Ubuntu "
          + "`apt-get install -y fontconfig fonts-dejavu-core`", e);
    }
    // No DOCTYPE: it points at the W3C's DTD, which XML parsers would fetch.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null) + "\n";
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
        SERIES, new Paint[] {Color.WHITE}, new Paint[] {Color.BLACK},
        DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }

  // Exact binary value rounded half-even: no dependence on Double.toString's digits or the locale.
  private static String twoDecimals(double value) {
    BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
