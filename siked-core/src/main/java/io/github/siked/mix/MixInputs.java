package io.github.siked.mix;

import io.github.siked.record.GradedSample;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.Origin;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the mix stage's input files; a bad line fails with a {@link RecordFormatException} naming file and line. */
final class MixInputs {

    private MixInputs() {}

    /**
     * The teacher's rows (D_LLM, from {@code siked:generate-teacher}, or a file this stage wrote), as
     * rows carrying the teacher's seed. The file holds only usable rows already, so grade fields, if
     * any, are not read again.
     */
    static List<MixedRow> teacher(Path file, long teacherSeed) {
        List<MixedRow> rows = new ArrayList<>();
        try (JsonlReader<Sample> in = JsonlReader.open(file, Sample.class)) {
            while (in.hasNext()) {
                Sample sample = in.next();
                if (sample.origin() != Origin.TEACHER) {
                    throw new RecordFormatException(
                            file,
                            in.line(),
                            "origin is " + sample.origin().id()
                                    + ": <teacher> holds the teacher's rows (D_LLM from siked:generate-teacher); the student's"
                                    + " graded samples go in <self>");
                }
                rows.add(MixedRow.of(sample, teacherSeed));
            }
        }
        return rows;
    }

    /** The student's graded samples of one iteration ({@code siked:verify}'s output). */
    static List<GradedSample> self(Path file) {
        List<GradedSample> samples = new ArrayList<>();
        try (JsonlReader<GradedSample> in = JsonlReader.open(file, GradedSample.class)) {
            while (in.hasNext()) {
                GradedSample sample = in.next();
                if (sample.origin() != Origin.STUDENT) {
                    throw new RecordFormatException(
                            file,
                            in.line(),
                            "origin is " + sample.origin().id()
                                    + ": <self> holds the student's graded samples (siked:sample, then siked:verify); the teacher's"
                                    + " rows go in <teacher>");
                }
                samples.add(sample);
            }
        }
        return samples;
    }
}
