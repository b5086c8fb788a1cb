package io.github.siked.data.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quickstart's default splits for one seed, drawn once and shared by the tests that read them.
 */
public final class DefaultSplits {

    public static final long SEED = 7;

    private static Map<String, List<SyntheticProblem>> splits;

    private DefaultSplits() {}

    public static synchronized Map<String, List<SyntheticProblem>> all() {
        if (splits == null) {
            SyntheticGenerator generator = new SyntheticGenerator(SyntheticConfig.defaults(SEED));
            Map<String, List<SyntheticProblem>> drawn = new LinkedHashMap<>();
            for (String name : SyntheticGenerator.splitNames()) {
                drawn.put(name, generator.split(name));
            }
            splits = drawn;
        }
        return splits;
    }

    public static List<SyntheticProblem> split(String name) {
        return all().get(name);
    }
}
