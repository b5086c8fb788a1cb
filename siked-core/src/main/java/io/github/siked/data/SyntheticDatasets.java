package io.github.siked.data;

import io.github.siked.data.synthetic.SyntheticConfig;
import io.github.siked.data.synthetic.SyntheticGenerator;
import io.github.siked.data.synthetic.SyntheticProblem;
import java.util.function.Function;

/**
 * Serves the built-in generator's splits under the names {@code synthetic:<split>}, for instance
 * {@code synthetic:train} or {@code synthetic:ood-steps}, so the embedded default's data resolve
 * like any published dataset.
 */
public final class SyntheticDatasets {

    /** The name prefix of the generator's splits. */
    public static final String PREFIX = "synthetic:";

    private SyntheticDatasets() {}

    /** A handler for {@link DatasetResolver#withPrefix}: generates the named split with this seed and these sizes. */
    public static Function<String, Dataset> handler(SyntheticConfig config) {
        SyntheticGenerator generator = new SyntheticGenerator(config);
        return split -> Dataset.of(
                PREFIX + split,
                generator.split(split).stream().map(SyntheticProblem::problem).toList());
    }

    /** The resolver for published datasets under {@code dataDir}, plus the synthetic splits. */
    public static DatasetResolver resolver(DatasetResolver published, SyntheticConfig config) {
        return published.withPrefix(PREFIX, handler(config));
    }
}
