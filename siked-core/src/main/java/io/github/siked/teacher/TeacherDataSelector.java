package io.github.siked.teacher;

import io.github.siked.record.GradedSample;
import io.github.siked.record.JsonlReader;
import io.github.siked.record.JsonlWriter;
import io.github.siked.strategy.LeastToMostCheck;
import io.github.siked.strategy.Strategy;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps D_LLM (SIKeD section 3): at most {@code keep} correct teacher samples per problem and
 * strategy, in sample order; an l2m sample must also really decompose the problem
 * ({@link LeastToMostCheck}), or a correct answer written as plain prose would teach the student
 * that "l2m" means nothing.
 */
final class TeacherDataSelector {

    private TeacherDataSelector() {}

    static Map<Strategy, TeacherYield> select(Path graded, Path out, int keep) {
        Map<Strategy, Set<String>> asked = new EnumMap<>(Strategy.class);
        Map<String, Integer> keptPerKey = new HashMap<>();
        Map<Strategy, int[]> kept = new EnumMap<>(Strategy.class);
        try (JsonlReader<GradedSample> in = JsonlReader.open(graded, GradedSample.class);
                JsonlWriter writer = JsonlWriter.create(out)) {
            while (in.hasNext()) {
                GradedSample sample = in.next();
                asked.computeIfAbsent(sample.strategy(), s -> new HashSet<>()).add(sample.id());
                if (!usable(sample)) {
                    continue;
                }
                String key = sample.id() + "\u0000" + sample.strategy().id();
                int already = keptPerKey.getOrDefault(key, 0);
                if (already < keep) {
                    keptPerKey.put(key, already + 1);
                    writer.write(sample);
                    int[] counts = kept.computeIfAbsent(sample.strategy(), s -> new int[2]);
                    counts[1]++;
                    if (already == 0) {
                        counts[0]++;
                    }
                }
            }
            writer.commit();
        }
        Map<Strategy, TeacherYield> yields = new EnumMap<>(Strategy.class);
        asked.forEach((strategy, problems) -> {
            int[] counts = kept.getOrDefault(strategy, new int[2]);
            yields.put(strategy, new TeacherYield(problems.size(), counts[0], counts[1]));
        });
        return yields;
    }

    private static boolean usable(GradedSample sample) {
        return sample.correct() && (sample.strategy() != Strategy.L2M || LeastToMostCheck.isValid(sample.text()));
    }
}
