package io.github.siked.maven;

import io.github.siked.mix.MixPolicy;
import io.github.siked.mix.MixRecipe;
import io.github.siked.mix.MixSeeds;
import io.github.siked.mix.MixStage;
import io.github.siked.mix.MixStageConfig;
import io.github.siked.mix.Mixing;
import io.github.siked.mix.TeacherSelection;
import io.github.siked.stage.StageRunner;
import java.io.File;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the data an iteration trains on (SIKeD, arXiv 2410.18574): the selected teacher data at
 * iteration 0, then from iteration 1 on the student's own correct samples mixed with the teacher's
 * rows by a policy. Writes the rows, a summary with the teacher share alpha and a manifest.
 */
@Mojo(name = "mix", threadSafe = true)
public class MixMojo extends AbstractSikedMojo {

    /**
     * The teacher data D_LLM, for example {@code target/siked/generate-teacher/d_llm.jsonl}. Default:
     * the output of {@code siked:generate-teacher}.
     */
    @Parameter(
            property = "siked.mix.teacher",
            defaultValue = "${project.build.directory}/siked/generate-teacher/d_llm.jsonl")
    private File teacher;

    /**
     * The student's graded samples of {@code iteration}, for example {@code target/siked/verify/graded.jsonl}
     * ({@code siked:verify}'s output). Required from iteration 1 on; left out at iteration 0, which
     * trains on the teacher data alone.
     */
    @Parameter(property = "siked.mix.self")
    private File self;

    /**
     * The iteration the data trains, for example {@code 2}. Default: 0, the teacher data alone (SIKeD's
     * iteration 0, the Combined baseline).
     */
    @Parameter(property = "siked.mix.iteration", defaultValue = "0")
    private int iteration;

    /**
     * Which teacher rows are kept: {@code combined}, {@code cot}, {@code l2m}, {@code pot}, {@code biased}
     * (one row per question, by {@code priority}) or {@code mixed-thought} (Mixed Distillation's balanced
     * cot and pot rows). Default: {@code combined}, every row of every strategy.
     */
    @Parameter(property = "siked.mix.selection", defaultValue = "combined")
    private String selection;

    /**
     * The biased baseline's strategy order, comma-separated, for example {@code cot,pot}; strategies left
     * out are never picked. Default: {@code pot,cot,l2m}. Used by {@code selection=biased} only.
     */
    @Parameter(property = "siked.mix.priority", defaultValue = "pot,cot,l2m")
    private String priority;

    /**
     * How student and teacher rows are mixed from iteration 1 on: {@code adaptive} (SIKeD's sparse mix:
     * teacher rows only for questions the student did not solve), {@code all}, {@code self-only} or
     * {@code fixed-alpha} (set {@code alpha}). Default: {@code adaptive}.
     */
    @Parameter(property = "siked.mix.policy", defaultValue = "adaptive")
    private String policy;

    /**
     * Correct self-samples kept per question and strategy, for example {@code 0} to keep all of them.
     * Default: 1, as in SIKeD.
     */
    @Parameter(property = "siked.mix.keepSelf", defaultValue = "1")
    private int keepSelf;

    /**
     * The teacher share of each strategy's rows under {@code policy=fixed-alpha}, for example {@code 0.5}.
     * No default: required by {@code fixed-alpha} and refused by the other policies.
     */
    @Parameter(property = "siked.mix.alpha")
    private Double alpha;

    /** The strategies, comma-separated, for example {@code cot,pot}. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.strategies", defaultValue = "cot,l2m,pot")
    private String strategies;

    /**
     * Makes a teacher-only control: this many rows drawn from the selected teacher data, for example the
     * row count of the matched SIKeD iteration. Default: 0, no control.
     */
    @Parameter(property = "siked.mix.controlRows", defaultValue = "0")
    private long controlRows;

    /**
     * The rows file; the summary ({@code data.summary.json}) and manifest go beside it. Default:
     * {@code target/siked/mix/data.jsonl}.
     */
    @Parameter(property = "siked.mix.output", defaultValue = "${project.build.directory}/siked/mix/data.jsonl")
    private File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("mix")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        Failures.translate(() -> {
            Mixing mix = new Mixing(
                    MixPolicy.parse(policy),
                    CommaList.strategies(strategies, "<strategies> (siked.strategies)"),
                    keepSelf,
                    alpha == null ? OptionalDouble.empty() : OptionalDouble.of(alpha));
            // The teacher's and the student's runs take their seeds from siked.seed as well.
            MixRecipe recipe = new MixRecipe(
                    TeacherSelection.parse(selection),
                    CommaList.strategies(priority, "<priority> (siked.mix.priority)"),
                    Optional.of(mix),
                    controlRows);
            MixStageConfig config = new MixStageConfig(
                    teacher.toPath(),
                    Optional.ofNullable(self).map(File::toPath),
                    iteration,
                    recipe,
                    MixSeeds.all(seed),
                    output.toPath());
            return new StageRunner(events).run(new MixStage(config, events));
        });
    }
}
