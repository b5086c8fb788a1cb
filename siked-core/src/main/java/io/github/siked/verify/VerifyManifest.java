package io.github.siked.verify;

import io.github.siked.data.Dataset;
import io.github.siked.stage.Manifest;
import io.github.siked.stage.Sha256;
import io.github.siked.stage.Versions;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

/** The manifest of a verify run: what was graded against what, with which sandbox settings. */
final class VerifyManifest {

    private VerifyManifest() {}

    /** The resolved configuration, as recorded and as compared to decide whether a rerun can be skipped. */
    static SortedMap<String, Object> settings(VerifyConfig config) {
        SortedMap<String, Object> settings = new TreeMap<>();
        settings.put("samples", config.samples().toString());
        settings.put("dataset", config.dataset());
        settings.put("dataDir", String.valueOf(config.dataDir()));
        settings.put("offline", config.offline());
        settings.put("output", config.output().toString());
        settings.put(
                "sandbox.python",
                config.sandbox().python() == null ? "auto" : config.sandbox().python());
        settings.put("sandbox.workers", config.sandbox().workers());
        settings.put("sandbox.cpuSeconds", config.sandbox().cpuSeconds());
        settings.put("sandbox.memoryMiB", config.sandbox().memoryMiB());
        settings.put("sandbox.isolation", config.sandbox().isolation().id());
        return settings;
    }

    /** The samples' and the dataset's hashes. */
    static SortedMap<String, String> inputs(VerifyConfig config, Dataset dataset) {
        SortedMap<String, String> inputs = new TreeMap<>();
        inputs.put(config.samples().getFileName().toString(), Sha256.of(config.samples()));
        inputs.put("dataset " + dataset.name(), dataset.fingerprint());
        return inputs;
    }

    static Manifest of(
            VerifyConfig config,
            SortedMap<String, String> inputs,
            VerifySummary summary,
            String python,
            Instant started,
            Instant finished) {
        SortedMap<String, String> outputs = new TreeMap<>();
        outputs.put(config.output().getFileName().toString(), Sha256.of(config.output()));
        outputs.put(config.summaryFile().getFileName().toString(), Sha256.of(config.summaryFile()));

        SortedMap<String, String> versions = Versions.base();
        if (python != null) {
            versions.put("python", python);
        }
        SortedMap<String, Object> results = new TreeMap<>();
        results.put("total", summary.total());
        results.put("correct", summary.correct());
        results.put("accuracy", summary.accuracy());
        return new Manifest(
                "verify", settings(config), new TreeMap<>(), inputs, outputs, versions, results, started, finished);
    }
}
