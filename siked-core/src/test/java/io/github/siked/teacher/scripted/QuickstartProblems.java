package io.github.siked.teacher.scripted;

import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.data.synthetic.SyntheticGenerator;
import io.github.siked.data.synthetic.SyntheticProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The quickstart's synthetic splits for one seed, drawn once and shared by the teacher tests. */
public final class QuickstartProblems {

    private static final SyntheticGenerator GENERATOR = new SyntheticGenerator(SyntheticConfig.defaults(7));
    private static final Map<String, List<SyntheticProblem>> SPLITS = new HashMap<>();

    private QuickstartProblems() {}

    /** A split by name: {@code train} (2,000 problems), {@code ood-steps} (500), … */
    public static synchronized List<SyntheticProblem> split(String name) {
        return SPLITS.computeIfAbsent(name, GENERATOR::split);
    }
}
