package io.github.siked.maven;

import io.github.siked.stage.Outcome;
import io.github.siked.stage.StageRunner;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.GenerateTeacherStage;
import io.github.siked.teacher.GenerateTeacherStageConfig;
import io.github.siked.teacher.TeacherChoice;
import io.github.siked.teacher.TeacherSummary;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.openai.OpenaiConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the teacher data D_LLM (SIKeD section 3): k samples per training problem and strategy
 * from the teacher, graded, at most {@code keepPerQuestion} correct ones kept. Every answer is
 * journaled as it arrives and cached for other experiments, so a killed build resumes without
 * asking again. Writes {@code target/siked/generate-teacher/}: {@code teacher-samples.jsonl},
 * {@code teacher-graded.jsonl}, {@code d_llm.jsonl}, {@code journal.jsonl}, {@code manifest.json}.
 */
@Mojo(name = "generate-teacher", threadSafe = true)
public class GenerateTeacherMojo extends AbstractSikedMojo {

    /** {@code openai} (any OpenAI-compatible server), {@code scripted} (the embedded synthetic teacher) or {@code file}. */
    @Parameter(property = "siked.teacher.backend", defaultValue = "scripted")
    private String teacherBackend;

    /** The server's API base address for {@code openai}, for instance {@code http://127.0.0.1:8000/v1}. */
    @Parameter(property = "siked.teacher.endpoint")
    private String teacherEndpoint;

    /** The model the {@code openai} server serves, for instance {@code meta-llama/Meta-Llama-3-70B-Instruct}. */
    @Parameter(property = "siked.teacher.model")
    private String teacherModel;

    /** {@code completions} or {@code chat}. Default: {@code completions}, for few-shot prompts. */
    @Parameter(property = "siked.teacher.api", defaultValue = "completions")
    private String teacherApi;

    /** The environment variable holding the API key (its value is never logged nor recorded). Default: {@code OPENAI_API_KEY}. */
    @Parameter(property = "siked.teacher.apiKeyEnv", defaultValue = OpenaiConfig.DEFAULT_API_KEY_ENV)
    private String teacherApiKeyEnv;

    /** The teacher samples of the {@code file} backend: Sample records as JSONL. */
    @Parameter(property = "siked.teacher.file")
    private File teacherFile;

    /** The {@code scripted} teacher's mistakes per strategy, for instance {@code cot=0.3,l2m=0.25,pot=0.15} (the default). */
    @Parameter(property = "siked.teacher.errorRates")
    private String teacherErrorRates;

    /** Samples per problem and strategy. Default: 10, as in SIKeD. */
    @Parameter(property = "siked.teacher.samples", defaultValue = "10")
    private int teacherSamples;

    /** Correct samples kept per problem and strategy. Default: 1, as in SIKeD. */
    @Parameter(property = "siked.teacher.keepPerQuestion", defaultValue = "1")
    private int keepPerQuestion;

    /** Requests in flight at once. Default: 16. */
    @Parameter(property = "siked.teacher.concurrency", defaultValue = "16")
    private int teacherConcurrency;

    /** Retries of a failed request (429, 5xx, timeouts, dropped connections). Default: 8. */
    @Parameter(property = "siked.teacher.maxRetries", defaultValue = "8")
    private int teacherMaxRetries;

    /** Sampling temperature. Default: 0.7. */
    @Parameter(property = "siked.teacher.temperature", defaultValue = "0.7")
    private double temperature;

    /** Nucleus sampling mass. Default: 0.95. */
    @Parameter(property = "siked.teacher.topP", defaultValue = "0.95")
    private double topP;

    /** The most new tokens per sample. Default: 512. */
    @Parameter(property = "siked.teacher.maxTokens", defaultValue = "512")
    private int maxTokens;

    /** Strings that end a sample, comma-separated. Default: none (the graders cut run-ons themselves). */
    @Parameter(property = "siked.teacher.stop")
    private List<String> stop = List.of();

    /** The shared answer cache. Default: {@code ~/.siked/teacher-cache}. */
    @Parameter(property = "siked.teacher.cacheDir", defaultValue = "${user.home}/.siked/teacher-cache")
    private File teacherCacheDir;

    /** The training problems. Default: {@code synthetic:train}, the embedded default's. */
    @Parameter(property = "siked.train.dataset", defaultValue = "synthetic:train")
    private String trainDataset;

    /** Only the first N training problems; 0 for all. */
    @Parameter(property = "siked.train.limit", defaultValue = "0")
    private int trainLimit;

    /** The strategies, comma-separated. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.strategies", defaultValue = "cot,l2m,pot")
    private String strategies;

    /** A folder of prompt files ({@code cot.txt}, {@code l2m.txt}, {@code pot.txt}). Default: the prompts bundled with siked. */
    @Parameter(property = "siked.prompts")
    private File prompts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("generate-teacher")) {
            return;
        }
        MavenEvents events = new MavenEvents(getLog());
        Path stageDir = workDir.toPath().resolve("generate-teacher");
        Outcome<TeacherSummary> result = Failures.translate(() -> {
            List<Strategy> chosen = CommaList.strategies(strategies, "siked.strategies");
            TeacherSettings teacher = teacher();
            TeacherChoice choice = teacher.choice();
            GenerateTeacherStageConfig config = new GenerateTeacherStageConfig(
                    trainDataset, trainLimit, chosen, seed, teacher.asking(choice), stageDir, sandbox());
            try (TeacherBackend backend = choice.open(trainDataset, synthetic(), events)) {
                return new StageRunner(events)
                        .run(new GenerateTeacherStage(
                                config, datasets(events), backend, teacher.prompts(chosen), events));
            }
        });
        getLog().info("teacher data: " + stageDir.resolve("d_llm.jsonl") + (result.skipped() ? " (unchanged)" : ""));
    }

    /** The same settings an experiment's {@code <teacher>} element holds, from this goal's properties. */
    private TeacherSettings teacher() {
        TeacherSettings settings = new TeacherSettings();
        settings.backend = teacherBackend;
        settings.endpoint = teacherEndpoint;
        settings.model = teacherModel;
        settings.api = teacherApi;
        settings.apiKeyEnv = teacherApiKeyEnv;
        settings.file = teacherFile;
        settings.errorRates = teacherErrorRates;
        settings.concurrency = teacherConcurrency;
        settings.maxRetries = teacherMaxRetries;
        settings.samples = teacherSamples;
        settings.keepPerQuestion = keepPerQuestion;
        settings.temperature = temperature;
        settings.topP = topP;
        settings.maxTokens = maxTokens;
        settings.stop = stop;
        settings.cacheDir = teacherCacheDir;
        settings.prompts = prompts;
        return settings;
    }
}
