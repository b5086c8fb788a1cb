package io.github.siked.maven;

import io.github.siked.teacher.openai.OpenaiConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code siked:generate-teacher} reads from its properties: the teacher as flat
 * {@code siked.teacher.*} properties (an experiment's {@code <teacher>} element holds the same
 * settings nested), the training problems and the strategies. {@link GenerateTeacherMojo} runs it;
 * the parameters live apart from the goal as {@link ExperimentParameters} do for the experiment.
 */
abstract class GenerateTeacherParameters extends AbstractSikedMojo {

    /** {@code openai} (any OpenAI-compatible server), {@code scripted} (the embedded synthetic teacher) or {@code file}. */
    @Parameter(property = "siked.teacher.backend", defaultValue = "scripted")
    String teacherBackend;

    /** The server's API base address for {@code openai}, for instance {@code http://127.0.0.1:8000/v1}. */
    @Parameter(property = "siked.teacher.endpoint")
    String teacherEndpoint;

    /** The model the {@code openai} server serves, for instance {@code meta-llama/Meta-Llama-3-70B-Instruct}. */
    @Parameter(property = "siked.teacher.model")
    String teacherModel;

    /** {@code completions} or {@code chat}. Default: {@code completions}, for few-shot prompts. */
    @Parameter(property = "siked.teacher.api", defaultValue = "completions")
    String teacherApi;

    /** The environment variable holding the API key (its value is never logged nor recorded). Default: {@code OPENAI_API_KEY}. */
    @Parameter(property = "siked.teacher.apiKeyEnv", defaultValue = OpenaiConfig.DEFAULT_API_KEY_ENV)
    String teacherApiKeyEnv;

    /** The teacher samples of the {@code file} backend: Sample records as JSONL. */
    @Parameter(property = "siked.teacher.file")
    File teacherFile;

    /** The {@code scripted} teacher's mistakes per strategy, for instance {@code cot=0.3,l2m=0.25,pot=0.15} (the default). */
    @Parameter(property = "siked.teacher.errorRates")
    String teacherErrorRates;

    /** Samples per problem and strategy. Default: 10, as in SIKeD. */
    @Parameter(property = "siked.teacher.samples", defaultValue = "10")
    int teacherSamples;

    /** Correct samples kept per problem and strategy. Default: 1, as in SIKeD. */
    @Parameter(property = "siked.teacher.keepPerQuestion", defaultValue = "1")
    int keepPerQuestion;

    /** Requests in flight at once. Default: 16. */
    @Parameter(property = "siked.teacher.concurrency", defaultValue = "16")
    int teacherConcurrency;

    /** Retries of a failed request (429, 5xx, timeouts, dropped connections). Default: 8. */
    @Parameter(property = "siked.teacher.maxRetries", defaultValue = "8")
    int teacherMaxRetries;

    /** Sampling temperature. Default: 0.7. */
    @Parameter(property = "siked.teacher.temperature", defaultValue = "0.7")
    double temperature;

    /** Nucleus sampling mass. Default: 0.95. */
    @Parameter(property = "siked.teacher.topP", defaultValue = "0.95")
    double topP;

    /** The most new tokens per sample. Default: 512. */
    @Parameter(property = "siked.teacher.maxTokens", defaultValue = "512")
    int maxTokens;

    /** Strings that end a sample, comma-separated. Default: none (the graders cut run-ons themselves). */
    @Parameter(property = "siked.teacher.stop")
    List<String> stop = List.of();

    /** The shared answer cache. Default: {@code ~/.siked/teacher-cache}. */
    @Parameter(property = "siked.teacher.cacheDir", defaultValue = "${user.home}/.siked/teacher-cache")
    File teacherCacheDir;

    /** The training problems. Default: {@code synthetic:train}, the embedded default's. */
    @Parameter(property = "siked.train.dataset", defaultValue = "synthetic:train")
    String trainDataset;

    /** Only the first N training problems; 0 for all. */
    @Parameter(property = "siked.train.limit", defaultValue = "0")
    int trainLimit;

    /** The strategies, comma-separated. Default: {@code cot,l2m,pot}. */
    @Parameter(property = "siked.strategies", defaultValue = "cot,l2m,pot")
    String strategies;

    /** A folder of prompt files ({@code cot.txt}, {@code l2m.txt}, {@code pot.txt}). Default: the prompts bundled with siked. */
    @Parameter(property = "siked.prompts")
    File prompts;

    /** The same settings an experiment's {@code <teacher>} element holds, from this goal's properties. */
    TeacherSettings teacher() {
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
