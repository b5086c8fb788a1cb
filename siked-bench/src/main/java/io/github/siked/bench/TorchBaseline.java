package io.github.siked.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.siked.djl.model.ModelConfig;
import io.github.siked.record.Jsonl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code torch_train_baseline.py}, the same decoder trained by a plain PyTorch loop, with
 * Debian's interpreter (python3-torch with OpenBLAS) and the same thread count as the JVM's torch.
 */
final class TorchBaseline {

    /** What the script printed: steady-state token slots/s (wall, CPU) and its own matmul peak. */
    record Result(double tokensPerSecond, double cpuTokensPerSecond, double matmulFlops, String torchVersion) {}

    private static final long TIMEOUT_MINUTES = 10;

    private final String python;
    private final Path script;

    TorchBaseline(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /** Why the baseline cannot run here, or empty when it can. */
    Optional<String> unavailable() throws InterruptedException {
        if (!Files.isRegularFile(script)) {
            return Optional.of(
                    "no baseline script at " + script + " (set -Dsiked.bench.root to the" + " project root)");
        }
        try {
            Process probe = new ProcessBuilder(python, "-c", "import torch")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            if (!probe.waitFor(2, TimeUnit.MINUTES) || probe.exitValue() != 0) {
                probe.destroyForcibly();
                return Optional.of(python + " cannot import torch: install Debian's python3-torch and"
                        + " libopenblas0-pthread (apt-get install python3-torch libopenblas0-pthread), or name"
                        + " another interpreter with -Dsiked.bench.torchPython");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(python + " does not start (" + e.getMessage() + "): set" + " -Dsiked.bench.torchPython");
        }
    }

    Result train(ModelConfig model, int batch, int length, int warmup, int steps, int threads)
            throws IOException, InterruptedException {
        // The script's flags: the decoder's shape, then the run's.
        Map<String, Integer> flags = new LinkedHashMap<>();
        flags.put("--vocab", model.vocabulary().size());
        flags.put("--hidden", model.dimensions().hiddenSize());
        flags.put("--intermediate", model.dimensions().intermediateSize());
        flags.put("--layers", model.dimensions().numLayers());
        flags.put("--heads", model.attention().numHeads());
        flags.put("--kv-heads", model.attention().numKvHeads());
        flags.put("--batch", batch);
        flags.put("--length", length);
        flags.put("--warmup", warmup);
        flags.put("--steps", steps);
        flags.put("--threads", threads);
        List<String> command = new ArrayList<>(List.of(python, script.toString()));
        flags.forEach((flag, value) -> command.addAll(List.of(flag, Integer.toString(value))));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // BLAS and OpenMP pools sized like torch's, or they spin on every core.
        builder.environment().put("OMP_NUM_THREADS", "" + threads);
        builder.environment().put("OPENBLAS_NUM_THREADS", "" + threads);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(script + " ran past " + TIMEOUT_MINUTES + " minutes");
        }
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1];
        if (process.exitValue() != 0 || !last.startsWith("{")) {
            throw new IOException(script + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        JsonNode json = Jsonl.MAPPER.readTree(last);
        return new Result(
                json.path("tokens_per_s").asDouble(),
                json.path("cpu_tokens_per_s").asDouble(),
                json.path("matmul_flops").asDouble(),
                json.path("torch").asText());
    }
}
