package io.github.siked.teacher;

import io.github.siked.record.Problem;
import io.github.siked.stage.Sha256;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherRequest;
import io.github.siked.teacher.prompt.PromptRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * A request the stage will make, with its content address. Requests are planned up front, in
 * problem order then strategy order, so the stage's outputs have one order however the answers
 * arrive.
 */
record PlannedRequest(TeacherRequest request, String key) {

    /** Plans one request per problem and strategy. */
    static List<PlannedRequest> plan(
            List<Problem> problems, GenerateTeacherStageConfig config, PromptRenderer prompts, TeacherBackend backend) {
        List<PlannedRequest> planned = new ArrayList<>();
        for (Problem problem : problems) {
            for (Strategy strategy : config.strategies()) {
                TeacherRequest request = new TeacherRequest(
                        problem,
                        strategy,
                        prompts.render(problem, strategy),
                        config.teacher().samples(),
                        seedFor(config.seed(), problem, strategy),
                        config.teacher().sampling());
                planned.add(new PlannedRequest(
                        request,
                        RequestKey.of(backend.identity(), config.teacher().model(), request)));
            }
        }
        return planned;
    }

    /**
     * A request's seed, from the base seed, the question and the strategy: stable across runs and
     * experiments (so the shared cache can answer), different for every question and strategy, and
     * kept below 2^31 because some servers take a 32-bit seed.
     */
    static long seedFor(long base, Problem problem, Strategy strategy) {
        String hex = Sha256.of(base + "\u0000" + problem.question() + "\u0000" + strategy.id());
        return Long.parseLong(hex.substring(0, 8), 16) & 0x7fff_ffffL;
    }
}
