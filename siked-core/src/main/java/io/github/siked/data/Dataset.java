package io.github.siked.data;

import io.github.siked.record.Problem;
import io.github.siked.stage.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A named list of problems in upstream order, with the upstream records that were left out.
 *
 * <p>Immutable. It is a class rather than a record only so that the index by id is built once:
 * grading looks up every sample's problem by id.
 */
public final class Dataset {

    private final String name;
    private final List<Problem> problems;
    private final List<SkippedRecord> skipped;
    private final Map<String, Problem> byId;

    /**
     * @param name the name it was resolved by, for instance {@code gsm8k-test}
     * @param problems the usable problems, ids unique
     * @param skipped the records left out, with their reasons
     * @throws IllegalArgumentException when two problems share an id
     */
    public Dataset(String name, List<Problem> problems, List<SkippedRecord> skipped) {
        this.name = Objects.requireNonNull(name, "name");
        this.problems = List.copyOf(problems);
        this.skipped = List.copyOf(skipped);
        Map<String, Problem> index = new LinkedHashMap<>();
        for (Problem problem : this.problems) {
            if (index.putIfAbsent(problem.id(), problem) != null) {
                throw new IllegalArgumentException(
                        "dataset " + name + " has two problems with the id '" + problem.id() + "': ids must be unique");
            }
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** A dataset with nothing skipped. */
    public static Dataset of(String name, List<Problem> problems) {
        return new Dataset(name, problems, List.of());
    }

    public String name() {
        return name;
    }

    /** The usable problems, in upstream order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The upstream records left out, in upstream order. */
    public List<SkippedRecord> skipped() {
        return skipped;
    }

    /** The number of usable problems. */
    public int size() {
        return problems.size();
    }

    /** The problem with this id, if the dataset has it. */
    public Optional<Problem> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The problem with this id.
     *
     * @throws IllegalArgumentException naming the id and the dataset when there is none
     */
    public Problem require(String id) {
        Problem problem = byId.get(id);
        if (problem == null) {
            String hint = skipped.stream().anyMatch(s -> s.id().equals(id))
                    ? ": it was skipped because its gold answer is not one number"
                    : ": check that the samples were made from this dataset";
            throw new IllegalArgumentException("no problem '" + id + "' in dataset " + name + hint);
        }
        return problem;
    }

    /**
     * The sha256 of the problems as read (ids, questions and gold answers, in order): it identifies
     * the data a stage used whether it came from a file, a download or the generator.
     */
    public String fingerprint() {
        MessageDigest digest = Sha256.newDigest();
        for (Problem p : problems) {
            digest.update(
                    (p.id() + '\u0000' + p.question() + '\u0000' + p.answer() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(digest);
    }

    /** How many records were skipped for each reason, reasons sorted. */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        for (SkippedRecord record : skipped) {
            counts.merge(record.reason(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that
                && name.equals(that.name)
                && problems.equals(that.problems)
                && skipped.equals(that.skipped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, problems, skipped);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + problems.size() + " problems, " + skipped.size() + " skipped]";
    }
}
