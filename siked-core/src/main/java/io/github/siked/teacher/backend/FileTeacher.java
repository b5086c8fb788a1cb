package io.github.siked.teacher.backend;

import io.github.siked.record.JsonlReader;
import io.github.siked.record.RecordFormatException;
import io.github.siked.record.Sample;
import io.github.siked.stage.Sha256;
import io.github.siked.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A teacher whose answers were produced elsewhere: a JSONL file of sample records (docs/contracts.md,
 * "Records"), for instance from a GPU server run by hand or from another project. The samples of
 * each (problem, strategy) are answered in the order of their {@code index} field, the first
 * {@code n} for a request of {@code n}; the request's seed, prompt and sampling settings are
 * ignored, since the texts already exist. Samples of any origin are accepted.
 *
 * <p>The whole file is read when the teacher opens, so a malformed line or a repeated (problem,
 * strategy, index) fails before any request. Thread-safe: the index is read-only after opening.
 */
public final class FileTeacher implements TeacherBackend {

    /** The backend's name in configuration and manifests. */
    public static final String NAME = "file";

    private record Key(String id, Strategy strategy) {}

    private final Path file;
    private final Map<Key, List<String>> texts;

    private FileTeacher(Path file, Map<Key, List<String>> texts) {
        this.file = file;
        this.texts = texts;
    }

    /**
     * Reads and indexes a file of sample records.
     *
     * @throws RecordFormatException naming the file and line of a malformed record
     * @throws TeacherException naming the file, id, strategy and index of a repeated sample
     */
    public static FileTeacher open(Path file) {
        Objects.requireNonNull(file, "file");
        Map<Key, List<Sample>> samples = new HashMap<>();
        try (JsonlReader<Sample> reader = JsonlReader.open(file, Sample.class)) {
            while (reader.hasNext()) {
                Sample sample = reader.next();
                samples.computeIfAbsent(new Key(sample.id(), sample.strategy()), k -> new ArrayList<>())
                        .add(sample);
            }
        }
        Map<Key, List<String>> texts = new HashMap<>();
        for (Map.Entry<Key, List<Sample>> entry : samples.entrySet()) {
            List<Sample> list = entry.getValue();
            list.sort(Comparator.comparingInt(Sample::index));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).index() == list.get(i - 1).index()) {
                    Key key = entry.getKey();
                    throw new TeacherException(file + " holds two samples with index "
                            + list.get(i).index()
                            + " for problem '" + key.id() + "' and strategy " + key.strategy()
                            + ": give each sample of a problem and strategy its own index");
                }
            }
            texts.put(entry.getKey(), list.stream().map(Sample::text).toList());
        }
        return new FileTeacher(file, Map.copyOf(texts));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The file's content hash: answers cached from one file are never served for another. */
    @Override
    public String identity() {
        return NAME + " " + Sha256.of(file);
    }

    /** The file the samples come from. */
    public Path file() {
        return file;
    }

    /**
     * Answers the first {@code request.n()} samples of the problem and strategy, by index.
     *
     * @throws TeacherException naming the file, the problem id and the strategy when the file holds
     *     fewer samples than asked
     */
    @Override
    public TeacherReply complete(TeacherRequest request) {
        String id = request.problem().id();
        List<String> available = texts.getOrDefault(new Key(id, request.strategy()), List.of());
        if (available.isEmpty()) {
            throw new TeacherException(file + " holds no " + request.strategy() + " samples for problem '"
                    + id + "': it was made for other problems or strategies; check siked.train.dataset and"
                    + " siked.strategies, or add the samples to the file");
        }
        if (available.size() < request.n()) {
            throw new TeacherException(file + " holds " + available.size() + " " + request.strategy()
                    + " samples for problem '" + id + "' but " + request.n() + " were asked: lower"
                    + " siked.teacher.samples to at most " + available.size()
                    + " or add the missing samples to the file");
        }
        return new TeacherReply(available.subList(0, request.n()), NAME, null, 0, 0);
    }
}
