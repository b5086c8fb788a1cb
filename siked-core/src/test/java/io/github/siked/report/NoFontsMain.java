package io.github.siked.report;

/** Draws one plot and prints what went wrong, for {@link NoFontsTest}'s child JVM. */
public final class NoFontsMain {

    private NoFontsMain() {}

    public static void main(String[] args) {
        try {
            AccuracyPlot.draw(SampleMetrics.gemma());
            System.out.println("drawn");
        } catch (FontsUnavailableException e) {
            System.out.println(e.getMessage());
        }
    }
}
