package io.github.siked.djl.sample;

import java.util.Arrays;

/**
 * Picks the next token of one row from its logits: greedy (argmax), or a draw after temperature,
 * top-k and top-p (nucleus sampling, Holtzman et al., <a href="https://arxiv.org/abs/1904.09751">
 * arXiv 1904.09751</a>), applied in that order as Hugging Face transformers does: top-p keeps the
 * smallest set of the most likely top-k tokens whose renormalised mass reaches p.
 *
 * <p>The math runs in Java on logits copied out of the native array once per step, not as native
 * ops: at ~25 µs per native op the five or six ops of a tensor sampler cost more than the copy
 * and these loops for the vocabularies we use. Sorting the whole vocabulary per row would not
 * scale to 150 k-token vocabularies, so only candidates above a weight threshold are sorted; the
 * threshold falls until the candidates provably hold the kept set.
 *
 * <p>Not thread-safe: it reuses scratch buffers. One picker per generation.
 */
final class TokenPicker {

    private final double temperature;
    private final int topK;
    private final double topP;
    private double[] weights = new double[0];
    private int[] order = new int[0];
    private long[] keys = new long[0];

    /**
     * @param temperature 0 for greedy
     * @param topK tokens kept at most, 0 for no limit
     * @param topP nucleus mass in (0, 1]
     */
    TokenPicker(double temperature, int topK, double topP) {
        if (!(temperature >= 0) || topK < 0 || !(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("temperature must be ≥ 0, top-k ≥ 0 and top-p in (0, 1];" + " were "
                    + temperature + ", " + topK + ", " + topP);
        }
        this.temperature = temperature;
        this.topK = topK;
        this.topP = topP;
    }

    boolean greedy() {
        return temperature == 0;
    }

    /**
     * The next token of the row whose logits are {@code logits[offset, offset + vocab)}.
     *
     * @param uniform a draw in [0, 1) from the row's own generator (ignored when greedy)
     */
    int pick(float[] logits, int offset, int vocab, double uniform) {
        int best = argMax(logits, offset, vocab);
        if (greedy()) {
            return best;
        }
        double[] w = weights(logits, offset, vocab, logits[offset + best]);
        double total = 0;
        for (int i = 0; i < vocab; i++) {
            total += w[i];
        }
        if (topK == 0 && topP >= 1) {
            // Nothing is cut: draw over the whole vocabulary in id order, no sort needed.
            return drawInOrder(w, vocab, uniform * total);
        }
        int kept = kept(w, vocab, total);
        double mass = 0;
        for (int i = 0; i < kept; i++) {
            mass += w[order[i]];
        }
        double target = uniform * mass;
        for (int i = 0; i < kept; i++) {
            target -= w[order[i]];
            if (target < 0) {
                return order[i];
            }
        }
        return order[kept - 1];
    }

    /**
     * The tokens top-k and top-p keep from unnormalised weights, most likely first (ties by id), for
     * tests; {@link #pick} draws among these.
     */
    int[] keptTokens(double[] unnormalised) {
        int vocab = unnormalised.length;
        weights = unnormalised.clone();
        double total = Arrays.stream(unnormalised).sum();
        int kept = kept(weights, vocab, total);
        int[] tokens = new int[kept];
        for (int i = 0; i < kept; i++) {
            tokens[i] = order[i];
        }
        return tokens;
    }

    /** Sorts the candidates into {@link #order} and returns how many of them are kept. */
    private int kept(double[] w, int vocab, double total) {
        // Candidates are the tokens of weight ≥ threshold: a prefix of the sorted vocabulary. They
        // hold the kept set once there are top-k of them (then the renormalised top-k mass is theirs),
        // or, without top-k, once their mass reaches p of the total. Zero weights are never candidates.
        double max = 0;
        int positive = 0;
        for (int i = 0; i < vocab; i++) {
            max = Math.max(max, w[i]);
            positive += w[i] > 0 ? 1 : 0;
        }
        double threshold = max * 1e-3;
        int candidates;
        while (true) {
            candidates = 0;
            double mass = 0;
            for (int i = 0; i < vocab; i++) {
                if (w[i] >= threshold) {
                    candidates++;
                    mass += w[i];
                }
            }
            boolean enough = topK > 0 ? candidates >= topK : mass >= topP * total;
            if (enough || candidates >= positive) {
                break;
            }
            threshold = Math.max(threshold * 1e-3, Double.MIN_VALUE);
        }
        sortCandidates(w, vocab, threshold, candidates);
        int kept = topK > 0 ? Math.min(topK, candidates) : candidates;
        if (topP >= 1) {
            return kept;
        }
        double keptMass = total;
        if (topK > 0) {
            keptMass = 0;
            for (int i = 0; i < kept; i++) {
                keptMass += w[order[i]];
            }
        }
        double cumulative = 0;
        for (int i = 0; i < kept; i++) {
            cumulative += w[order[i]];
            if (cumulative >= topP * keptMass) {
                return i + 1;
            }
        }
        return kept;
    }

    /**
     * Puts the candidates into {@link #order}, heaviest first, ties by id. Each is sorted as one
     * primitive key, its weight's float bits (which order like the weights: all are positive)
     * above its complemented id: sorting boxed indices with a comparator took about 20 ms a decode
     * step at batch 256 with a flat distribution, a sixth of the step.
     */
    private void sortCandidates(double[] w, int vocab, double threshold, int candidates) {
        if (order.length < candidates) {
            order = new int[Math.max(candidates, order.length * 2)];
            keys = new long[order.length];
        }
        int n = 0;
        for (int i = 0; i < vocab; i++) {
            if (w[i] >= threshold) {
                keys[n++] = (long) Float.floatToIntBits((float) w[i]) << 32 | (Integer.MAX_VALUE - i);
            }
        }
        Arrays.sort(keys, 0, n);
        for (int k = 0; k < n; k++) {
            order[k] = Integer.MAX_VALUE - (int) keys[n - 1 - k];
        }
    }

    /** exp((logit - max) / temperature) per token, in a reused buffer. */
    private double[] weights(float[] logits, int offset, int vocab, float max) {
        if (weights.length < vocab) {
            weights = new double[vocab];
        }
        for (int i = 0; i < vocab; i++) {
            weights[i] = Math.exp((logits[offset + i] - max) / temperature);
        }
        return weights;
    }

    private static int drawInOrder(double[] w, int vocab, double target) {
        int last = 0;
        for (int i = 0; i < vocab; i++) {
            if (w[i] > 0) {
                target -= w[i];
                last = i;
                if (target < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    /** The first index of the largest logit; NaN logits are never picked. */
    static int argMax(float[] logits, int offset, int vocab) {
        int best = 0;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < vocab; i++) {
            if (logits[offset + i] > max) {
                max = logits[offset + i];
                best = i;
            }
        }
        return best;
    }
}
