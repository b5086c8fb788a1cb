package io.github.siked.djl.model;

import ai.djl.ndarray.NDArray;
import java.util.Objects;
import java.util.Optional;

/**
 * Which keys the queries of one forward pass score, and what hides the ones they may not see:
 * every layer of the pass attends the same way, so the decoder picks one mode per pass and no null
 * argument selects the computation.
 */
sealed interface AttentionMode {

    /**
     * The queries score every key of this pass: a from-scratch forward of left-padded rows (a
     * causal mask that hides the padding), or packed training rows too short for key windows (a
     * block-diagonal causal mask from the segment ids).
     *
     * @param mask additive, 0 or -∞, broadcast over heads ({@link AttentionMask}); empty when every
     *     key is visible (one token and no padding)
     */
    record Full(Optional<NDArray> mask) implements AttentionMode {
        public Full {
            Objects.requireNonNull(mask, "mask");
        }
    }

    /**
     * Prefill or decode: this pass's keys and values are appended to the layer's cache, and the
     * queries score every cached key.
     *
     * @param cache the keys and values of the earlier passes, which this pass extends
     * @param mask as for {@link Full}, over the cached keys and this pass's
     */
    record Cached(KvCache cache, Optional<NDArray> mask) implements AttentionMode {
        public Cached {
            Objects.requireNonNull(cache, "cache");
            Objects.requireNonNull(mask, "mask");
        }
    }

    /**
     * Packed training rows whose examples are short next to the row: each block of queries scores
     * only the band of keys that can reach it ({@link KeyWindows}), with no cache.
     *
     * @param windows the bands, planned from the batch's segment ids
     */
    record Banded(KeyWindows windows) implements AttentionMode {
        public Banded {
            Objects.requireNonNull(windows, "windows");
        }
    }
}
