package io.github.siked.data;

import io.github.siked.event.EventListener;
import io.github.siked.record.RecordFormatException;
import io.github.siked.stage.Sha256;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a dataset name into a {@link Dataset} (docs/contracts.md, "Dataset names").
 *
 * <ul>
 *   <li>{@code gsm8k-train}, {@code gsm8k-test}, {@code svamp}, {@code asdiv}, {@code multiarith},
 *       {@code gsm-hard}: the upstream file found anywhere below the data directory by its upstream
 *       name, or, when none is there and the build is online, downloaded from its pinned address
 *       into {@code <dataDir>/<name>/} and checked against its pinned sha256.
 *   <li>{@code jsonl:<path>}: normalized problem records; a relative path is read from the base
 *       directory ({@link #withBaseDir}), by default the working directory.
 *   <li>Further prefixes registered with {@link #withPrefix}, such as {@code synthetic:<split>}.
 * </ul>
 *
 * <p>Immutable: {@link #withPrefix} returns a new resolver.
 */
public final class DatasetResolver {

    private static final Map<String, DatasetLoader> LOADERS = Map.of(
            "gsm8k-train",
            new Gsm8kLoader("gsm8k-train"),
            "gsm8k-test",
            new Gsm8kLoader("gsm8k-test"),
            SvampLoader.NAME,
            new SvampLoader(),
            AsdivLoader.NAME,
            new AsdivLoader(),
            MultiArithLoader.NAME,
            new MultiArithLoader(),
            GsmHardLoader.NAME,
            new GsmHardLoader());

    private final Path dataDir;
    private final boolean offline;
    private final DatasetDownloader downloader;
    private final EventListener listener;
    private final Map<String, Function<String, Dataset>> prefixes;
    private final Path baseDir;

    /**
     * @param dataDir the folder searched for upstream files, and where downloads go
     * @param offline true to never download: a missing file is then an error saying how to provide it
     * @param downloader fetches missing files when online
     * @param listener hears which file was read, and a warning when it is not the pinned version
     * @param prefixes handlers for further name prefixes (each ending in {@code :}); a handler gets
     *     the text after its prefix, for instance {@code test} for {@code synthetic:test}
     */
    public DatasetResolver(
            Path dataDir,
            boolean offline,
            DatasetDownloader downloader,
            EventListener listener,
            Map<String, Function<String, Dataset>> prefixes) {
        this(dataDir, offline, downloader, listener, prefixes, Path.of(""));
    }

    private DatasetResolver(
            Path dataDir,
            boolean offline,
            DatasetDownloader downloader,
            EventListener listener,
            Map<String, Function<String, Dataset>> prefixes,
            Path baseDir) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.offline = offline;
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.listener = Objects.requireNonNull(listener, "listener");
        prefixes.keySet().forEach(DatasetResolver::checkPrefix);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** A resolver with the default downloader and no further prefixes. */
    public static DatasetResolver of(Path dataDir, boolean offline, EventListener listener) {
        return new DatasetResolver(dataDir, offline, new DatasetDownloader(listener), listener, Map.of());
    }

    /** This resolver, also answering names that start with {@code prefix} (which ends in {@code :}). */
    public DatasetResolver withPrefix(String prefix, Function<String, Dataset> handler) {
        Map<String, Function<String, Dataset>> more = new LinkedHashMap<>(prefixes);
        more.put(prefix, Objects.requireNonNull(handler, "handler"));
        return new DatasetResolver(dataDir, offline, downloader, listener, more, baseDir);
    }

    /**
     * This resolver, reading a relative {@code jsonl:<path>} from {@code dir} rather than the working
     * directory: a Maven build passes the project's base directory, whichever folder it runs from.
     */
    public DatasetResolver withBaseDir(Path dir) {
        return new DatasetResolver(dataDir, offline, downloader, listener, prefixes, dir);
    }

    /**
     * Reads the named dataset.
     *
     * @throws DatasetException for an unknown name (the message lists the known ones) or an
     *     upstream file that is missing, ambiguous or fails its download
     * @throws io.github.siked.record.RecordFormatException when the file is malformed
     */
    public Dataset resolve(String name) {
        Objects.requireNonNull(name, "name");
        DatasetLoader loader = LOADERS.get(name);
        if (loader != null) {
            return loader.load(locate(name));
        }
        if (name.startsWith(ProblemJsonlLoader.PREFIX)) {
            String path = name.substring(ProblemJsonlLoader.PREFIX.length());
            if (path.isBlank()) {
                throw new DatasetException(
                        "dataset '" + name + "' names no file: write jsonl:<path to problems.jsonl>");
            }
            return new ProblemJsonlLoader(name).load(baseDir.resolve(path));
        }
        for (Map.Entry<String, Function<String, Dataset>> prefix : prefixes.entrySet()) {
            if (name.startsWith(prefix.getKey())) {
                Dataset dataset =
                        prefix.getValue().apply(name.substring(prefix.getKey().length()));
                return Objects.requireNonNull(
                        dataset, () -> "the handler of '" + prefix.getKey() + "' made no dataset for " + name);
            }
        }
        throw new DatasetException(
                "unknown dataset '" + name + "': known names are " + String.join(", ", knownNames()));
    }

    /**
     * The upstream file of a published dataset: found below the data directory, or downloaded.
     *
     * @throws DatasetException when it is not there and cannot be downloaded
     */
    public Path locate(String name) {
        DatasetSource source = DatasetSource.pinned(name)
                .orElseThrow(() -> new DatasetException("'" + name + "' is not a published dataset: those are "
                        + String.join(", ", LOADERS.keySet().stream().sorted().toList())));
        Optional<Path> found = new UpstreamFileFinder(dataDir).find(source);
        if (found.isEmpty()) {
            return fetch(source);
        }
        checkVersion(source, found.get());
        return found.get();
    }

    /** The names this resolver answers, prefixes shown with a placeholder. */
    public List<String> knownNames() {
        List<String> names = new ArrayList<>();
        DatasetSource.PINNED.forEach(s -> names.add(s.name()));
        names.add(ProblemJsonlLoader.PREFIX + "<path>");
        prefixes.keySet().stream().sorted().forEach(p -> names.add(p + "<...>"));
        return names;
    }

    private Path fetch(DatasetSource source) {
        Path absoluteDir = dataDir.toAbsolutePath().normalize();
        if (offline) {
            throw new DatasetException("dataset " + source.name() + ": no file named " + source.fileName()
                    + " below " + absoluteDir + " and the build is offline; download " + source.url()
                    + " (sha256 " + source.sha256() + ") and put it anywhere under " + absoluteDir
                    + " (siked.dataDir), or build online to download it");
        }
        return downloader.download(source, absoluteDir.resolve(source.name()).resolve(source.fileName()));
    }

    /**
     * A local file is read even when it is not the pinned version (a user may fix a typo in it), but
     * the user hears of it: its scores would not compare with published ones.
     */
    private void checkVersion(DatasetSource source, Path file) {
        String actual;
        try {
            actual = Sha256.of(file);
        } catch (UncheckedIOException e) {
            throw new RecordFormatException(
                    file, "cannot be read: " + e.getCause().getMessage());
        }
        if (actual.equals(source.sha256())) {
            listener.info("reading " + source.name() + " from " + file);
        } else {
            listener.warn("reading " + source.name() + " from " + file + ", whose sha256 " + actual
                    + " is not the pinned " + source.sha256() + " of " + source.url()
                    + ": results on it may not compare with published ones");
        }
    }

    private static void checkPrefix(String prefix) {
        if (prefix == null || prefix.length() < 2 || !prefix.endsWith(":")) {
            throw new IllegalArgumentException(
                    "a dataset name prefix must be a word ending in ':' such as 'synthetic:', was '" + prefix + "'");
        }
        if (prefix.equals(ProblemJsonlLoader.PREFIX)) {
            throw new IllegalArgumentException("the prefix 'jsonl:' is built in and cannot be replaced");
        }
    }
}
