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

  static Manifest of(VerifyConfig config, Dataset dataset, String python, Instant started, Instant finished) {
    SortedMap<String, Object> settings = new TreeMap<>();
    settings.put("samples", config.samples().toString());
    settings.put("dataset", config.dataset());
    settings.put("dataDir", config.dataDir().toString());
    settings.put("offline", config.offline());
    settings.put("output", config.output().toString());
    settings.put("sandbox.python", config.sandbox().python() == null ? "auto" : config.sandbox().python());
    settings.put("sandbox.workers", config.sandbox().workers());
    settings.put("sandbox.cpuSeconds", config.sandbox().cpuSeconds());
    settings.put("sandbox.memoryMiB", config.sandbox().memoryMiB());
    settings.put("sandbox.isolation", config.sandbox().isolation().id());

    SortedMap<String, String> inputs = new TreeMap<>();
    inputs.put(config.samples().getFileName().toString(), Sha256.of(config.samples()));
    inputs.put("dataset " + dataset.name(), dataset.fingerprint());

    SortedMap<String, String> outputs = new TreeMap<>();
    outputs.put(config.output().getFileName().toString(), Sha256.of(config.output()));
    outputs.put(config.summaryFile().getFileName().toString(), Sha256.of(config.summaryFile()));

    SortedMap<String, String> versions = Versions.base();
    if (python != null) {
      versions.put("python", python);
    }
    return new Manifest("verify", settings, new TreeMap<>(), inputs, outputs, versions, started, finished);
  }
}
