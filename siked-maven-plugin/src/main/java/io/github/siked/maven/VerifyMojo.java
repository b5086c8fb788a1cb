package io.github.siked.maven;

import io.github.siked.data.DatasetResolver;
import io.github.siked.data.SyntheticDatasets;
import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.sandbox.Isolation;
import io.github.siked.sandbox.SandboxConfig;
import io.github.siked.verify.VerifyConfig;
import io.github.siked.verify.VerifyResult;
import io.github.siked.verify.VerifyStage;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Grades model outputs against a dataset's gold answers: prose (cot, l2m) by the number its answer
 * states, programs (pot) by running them in the sandbox. Writes the graded samples, a summary
 * ({@code <output>.summary.json}) and a manifest beside them, and prints the accuracy. Runs with or
 * without a project:
 *
 * <pre>
 * mvn io.github.siked:siked-maven-plugin:VERSION:verify -Dsiked.samples=samples.jsonl \
 *     -Dsiked.dataset=gsm8k-test -Dsiked.dataDir=DIR -Dsiked.output=graded.jsonl
 * </pre>
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractMojo {

  /** The samples to grade: a JSONL file of sample records ({@code id, strategy, origin, iteration, index, text}). Required. */
  @Parameter(property = "siked.samples", required = true)
  private File samples;

  /**
   * The dataset holding the gold answers: {@code gsm8k-train}, {@code gsm8k-test}, {@code svamp},
   * {@code asdiv}, {@code multiarith}, {@code gsm-hard}, {@code jsonl:<path>} for problem records, or
   * {@code synthetic:<split>} for the built-in generator. Required.
   */
  @Parameter(property = "siked.dataset", required = true)
  private String dataset;

  /**
   * Where the published datasets' upstream files are found (anywhere below it, under their upstream
   * names such as {@code test.jsonl} or {@code SVAMP.json}), and where a missing one is downloaded
   * to when the build is online. Default: {@code ~/.siked/datasets}.
   */
  @Parameter(property = "siked.dataDir", defaultValue = "${user.home}/.siked/datasets")
  private File dataDir;

  /**
   * The graded samples to write; {@code <name>.summary.json} and {@code <name>.manifest.json} go
   * beside it. Default: {@code target/siked/verify/graded.jsonl}.
   */
  @Parameter(property = "siked.output", defaultValue = "${project.build.directory}/siked/verify/graded.jsonl")
  private File output;

  /**
   * The Python 3.9+ interpreter that runs programs, for example {@code /usr/bin/python3}. Left out,
   * the first of {@code python3} on the PATH, {@code /usr/bin/python3} and
   * {@code /usr/local/bin/python3} that has sympy is used (else the first one found).
   */
  @Parameter(property = "siked.python")
  private String python;

  /** Python worker processes that run programs in parallel. Default: one per core. */
  @Parameter(property = "siked.sandbox.workers")
  private Integer workers;

  /** CPU seconds each program may use before it is stopped with verdict {@code timeout}. Default: 10, as in SIKeD. */
  @Parameter(property = "siked.sandbox.cpuSeconds", defaultValue = "10")
  private double cpuSeconds;

  /** Memory, in MiB, each program may allocate above the loaded prelude. Default: 1024. */
  @Parameter(property = "siked.sandbox.memoryMiB", defaultValue = "1024")
  private int memoryMiB;

  /**
   * OS isolation of the workers: {@code auto} uses bubblewrap (no network, read-only file system,
   * own process tree) where it works and warns where it does not; {@code bwrap} requires it;
   * {@code none} relies on the in-process checks alone. Default: {@code auto}.
   */
  @Parameter(property = "siked.sandbox.isolation", defaultValue = "auto")
  private String isolation;

  /** The generator's seed, used when {@code siked.dataset} is a {@code synthetic:} split. Default: 1. */
  @Parameter(property = "siked.seed", defaultValue = "1")
  private long seed;

  /** Set by Maven's {@code -o}: a missing dataset is then an error instead of a download. */
  @Parameter(defaultValue = "${settings.offline}", readonly = true)
  private boolean offline;

  /** The project's folder, or the working directory without a project: relative {@code jsonl:} paths start here. */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  /** Skips grading. */
  @Parameter(property = "siked.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("siked:verify skipped (siked.skip)");
      return;
    }
    MavenEvents events = new MavenEvents(getLog());
    VerifyResult result =
        Failures.translate(
            () -> {
              SandboxConfig sandbox = SandboxConfig.defaults()
                  .withPython(python)
                  .withCpuSeconds(cpuSeconds)
                  .withMemoryMiB(memoryMiB)
                  .withIsolation(Isolation.parse(isolation));
              if (workers != null) {
                sandbox = sandbox.withWorkers(workers);
              }
              VerifyConfig config =
                  new VerifyConfig(samples.toPath(), dataset, dataDir.toPath(), offline, output.toPath(), sandbox);
              DatasetResolver datasets =
                  SyntheticDatasets.resolver(
                          DatasetResolver.of(config.dataDir(), offline, events), SyntheticConfig.defaults(seed))
                      .withBaseDir(basedir.toPath());
              return new VerifyStage(events).run(config, datasets);
            });
    getLog().info(result.accuracyLine() + ", " + result.summary().verdicts());
    getLog().info("graded samples: " + result.output());
    getLog().info("summary: " + result.summaryFile());
  }
}
