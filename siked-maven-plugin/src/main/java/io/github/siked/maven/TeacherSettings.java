package io.github.siked.maven;

import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.TeacherAsking;
import io.github.siked.teacher.TeacherChoice;
import io.github.siked.teacher.backend.Sampling;
import io.github.siked.teacher.openai.OpenaiApi;
import io.github.siked.teacher.openai.OpenaiConfig;
import io.github.siked.teacher.prompt.PromptLibrary;
import io.github.siked.teacher.prompt.PromptSource;
import io.github.siked.teacher.scripted.ErrorRates;
import java.io.File;
import java.util.List;
import java.util.TreeMap;

/**
 * The {@code <teacher>} element of an experiment: the same settings as {@code siked:generate-teacher}
 * (see its parameters for each one's meaning), with the same defaults.
 */
public class TeacherSettings {

    /** {@code openai}, {@code scripted} or {@code file}. Default: {@code scripted}. */
    String backend = "scripted";
    /** The OpenAI-compatible server's base address, for {@code openai}. */
    String endpoint;
    /** The served model's name, for {@code openai}. */
    String model;
    /** {@code completions} or {@code chat}. Default: {@code completions}. */
    String api = "completions";
    /** The environment variable with the API key. Default: {@code OPENAI_API_KEY}. */
    String apiKeyEnv = OpenaiConfig.DEFAULT_API_KEY_ENV;
    /** The samples file of the {@code file} backend. */
    File file;
    /** The scripted teacher's mistakes per strategy, for instance {@code cot=0.3,l2m=0.25,pot=0.15}. */
    String errorRates;
    /** Samples per problem and strategy. Default: 10, as in SIKeD. */
    int samples = 10;
    /** Correct samples kept per problem and strategy. Default: 1, as in SIKeD. */
    int keepPerQuestion = 1;
    /** Requests in flight. Default: 16. */
    int concurrency = 16;
    /** Retries of a failed request. Default: 8. */
    int maxRetries = 8;
    /** Sampling temperature. Default: 0.7. */
    double temperature = 0.7;
    /** Nucleus mass. Default: 0.95. */
    double topP = 0.95;
    /** The most new tokens per sample. Default: 512. */
    int maxTokens = 512;
    /** Strings that end a sample. Default: none (the graders cut run-ons themselves). */
    List<String> stop = List.of();
    /** The shared answer cache. Default: {@code ~/.siked/teacher-cache}. */
    File cacheDir = new File(System.getProperty("user.home"), ".siked/teacher-cache");
    /** A folder of prompt files ({@code cot.txt} …). Default: the bundled prompts. */
    File prompts;

    TeacherChoice choice() {
        OpenaiConfig openai = null;
        if ("openai".equalsIgnoreCase(backend.strip())) {
            OpenaiConfig defaults = OpenaiConfig.defaults(endpoint, model);
            openai = defaults.withApi(OpenaiApi.fromId(api))
                    .withApiKeyEnv(apiKeyEnv)
                    .withConcurrency(concurrency)
                    .withRetries(maxRetries, defaults.backoffBase(), defaults.backoffCap());
        }
        return new TeacherChoice(
                backend,
                openai,
                file == null ? null : file.toPath(),
                errorRates == null ? ErrorRates.defaults() : ErrorRates.parse(errorRates));
    }

    /** How the teacher is asked; the experiment adds the dataset, strategies, seed and folder per run. */
    TeacherAsking asking(TeacherChoice choice) {
        return new TeacherAsking(
                choice.model(),
                new Sampling(temperature, topP, maxTokens, stop, new TreeMap<>()),
                samples,
                keepPerQuestion,
                concurrency,
                cacheDir.toPath());
    }

    PromptLibrary prompts(List<Strategy> strategies) {
        return PromptLibrary.load(
                prompts == null ? PromptSource.bundled() : PromptSource.directory(prompts.toPath()), strategies);
    }
}
