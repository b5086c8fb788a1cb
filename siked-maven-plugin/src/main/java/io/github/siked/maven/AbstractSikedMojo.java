package io.github.siked.maven;

import io.github.siked.data.DatasetResolver;
import io.github.siked.data.SyntheticDatasets;
import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.event.EventListener;
import io.github.siked.sandbox.Isolation;
import io.github.siked.sandbox.SandboxConfig;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every siked goal shares: datasets, the program sandbox, the seed, skipping. */
abstract class AbstractSikedMojo extends AbstractMojo {

    /**
     * Where the published datasets' upstream files are found (anywhere below it, under their upstream
     * names such as {@code test.jsonl} or {@code SVAMP.json}), and where a missing one is downloaded
     * to when the build is online. Default: {@code ~/.siked/datasets}.
     */
    @Parameter(property = "siked.dataDir", defaultValue = "${user.home}/.siked/datasets")
    protected File dataDir;

    /**
     * The Python 3.9+ interpreter that runs programs, for example {@code /usr/bin/python3}. Left out,
     * the first of {@code python3} on the PATH, {@code /usr/bin/python3} and
     * {@code /usr/local/bin/python3} that has sympy is used (else the first one found).
     */
    @Parameter(property = "siked.python")
    protected String python;

    /** Python worker processes that run programs in parallel. Default: one per core. */
    @Parameter(property = "siked.sandbox.workers")
    protected Integer workers;

    /** CPU seconds each program may use before it is stopped with verdict {@code timeout}. Default: 10, as in SIKeD. */
    @Parameter(property = "siked.sandbox.cpuSeconds", defaultValue = "10")
    protected double cpuSeconds;

    /** Memory, in MiB, each program may allocate above the loaded prelude. Default: 1024. */
    @Parameter(property = "siked.sandbox.memoryMiB", defaultValue = "1024")
    protected int memoryMiB;

    /**
     * OS isolation of the workers: {@code auto} uses bubblewrap (no network, read-only file system,
     * own process tree) where it works and warns where it does not; {@code bwrap} requires it;
     * {@code none} relies on the in-process checks alone. Default: {@code auto}.
     */
    @Parameter(property = "siked.sandbox.isolation", defaultValue = "auto")
    protected String isolation;

    /**
     * The experiment's seed: the synthetic generator's splits ({@code synthetic:} datasets) and every
     * derived seed come from it. Default: 1.
     */
    @Parameter(property = "siked.seed", defaultValue = "1")
    protected long seed;

    /** Set by Maven's {@code -o}: a missing dataset is then an error instead of a download. */
    @Parameter(defaultValue = "${settings.offline}", readonly = true)
    protected boolean offline;

    /** The project's folder, or the working directory without a project: relative paths start here. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    /** Where the stages write their folders: {@code target/siked}. */
    @Parameter(defaultValue = "${project.build.directory}/siked", readonly = true)
    protected File workDir;

    /** Skips the goal. */
    @Parameter(property = "siked.skip", defaultValue = "false")
    protected boolean skip;

    /** The sandbox settings from the parameters. */
    protected SandboxConfig sandbox() {
        SandboxConfig sandbox = SandboxConfig.defaults()
                .withPython(python)
                .withCpuSeconds(cpuSeconds)
                .withMemoryMiB(memoryMiB)
                .withIsolation(Isolation.parse(isolation));
        return workers == null ? sandbox : sandbox.withWorkers(workers);
    }

    /** The generator settings behind {@code synthetic:} datasets. */
    protected SyntheticConfig synthetic() {
        return SyntheticConfig.defaults(seed);
    }

    /** Resolves dataset names: published files under {@link #dataDir}, {@code jsonl:} paths, synthetic splits. */
    protected DatasetResolver datasets(EventListener events) {
        return SyntheticDatasets.resolver(DatasetResolver.of(dataDir.toPath(), offline, events), synthetic())
                .withBaseDir(basedir.toPath());
    }

    /** Logs that the goal was skipped and says whether it was. */
    protected boolean skipped(String goal) {
        if (skip) {
            getLog().info("siked:" + goal + " skipped (siked.skip)");
        }
        return skip;
    }
}
