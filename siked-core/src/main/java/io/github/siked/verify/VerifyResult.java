package io.github.siked.verify;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a verify run produced.
 *
 * @param summary the counts written to {@link #summaryFile}
 * @param output the graded samples
 * @param summaryFile the summary beside them
 * @param manifestFile the manifest beside them
 * @param elapsed wall time of the whole stage
 */
public record VerifyResult(VerifySummary summary, Path output, Path summaryFile, Path manifestFile, Duration elapsed) {

    /** One line for the log: {@code accuracy 70.0% (7/10)}. */
    public String accuracyLine() {
        return String.format(
                java.util.Locale.ROOT,
                "accuracy %.1f%% (%d/%d)",
                100 * summary.accuracy(),
                summary.correct(),
                summary.total());
    }
}
