package io.github.siked.evaluate;

import io.github.siked.eval.DatasetEval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the evaluate stage found: the student's greedy scores on each test set, in the configured
 * order.
 *
 * @param datasets one score per test set
 */
public record Evaluation(List<DatasetEval> datasets) {

    public Evaluation {
        datasets = List.copyOf(datasets);
    }

    /** The scores by dataset name, in order, as {@code evaluation.json} holds them. */
    public Map<String, DatasetEval> byDataset() {
        Map<String, DatasetEval> byName = new LinkedHashMap<>();
        datasets.forEach(d -> byName.put(d.dataset(), d));
        return byName;
    }

    /** The accuracy on each test set, by dataset name: what the gate checks. */
    public Map<String, Double> accuracyByDataset() {
        Map<String, Double> accuracy = new LinkedHashMap<>();
        datasets.forEach(d -> accuracy.put(d.dataset(), d.accuracy()));
        return accuracy;
    }
}
