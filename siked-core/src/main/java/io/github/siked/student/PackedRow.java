package io.github.siked.student;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One fixed-length training row holding several examples back to back, each ending with the end
 * marker. All arrays have the row's length; positions after the last example are padding.
 *
 * <p>Targets are already shifted: the model reads {@code inputIds[i]} and is scored on predicting
 * {@code targetIds[i]}, the next token of the same example. The loss counts only where {@code
 * lossMask[i]} is 1, which is where the target is a response token (the tag, the body or the
 * response's end marker), never a prompt token, never across two examples, never padding.
 *
 * @param inputIds the tokens
 * @param targetIds the next token within the same example, or padding at an example's last token
 * @param lossMask 1 where the target is a response token, else 0
 * @param lossWeight the example's weight where the mask is 1, else 0
 * @param positionIds each token's position within its own example, from 0 (0 on padding)
 * @param segmentIds which example of the row a token belongs to, from 1 (0 on padding); attention
 *     must stay within one segment, and how to mask it is the engine's choice
 */
public record PackedRow(
        int[] inputIds, int[] targetIds, int[] lossMask, float[] lossWeight, int[] positionIds, int[] segmentIds) {

    public PackedRow {
        int length = Objects.requireNonNull(inputIds, "inputIds").length;
        for (Object array : new Object[] {targetIds, lossMask, lossWeight, positionIds, segmentIds}) {
            Objects.requireNonNull(array, "row array");
        }
        if (targetIds.length != length
                || lossMask.length != length
                || lossWeight.length != length
                || positionIds.length != length
                || segmentIds.length != length) {
            throw new IllegalArgumentException("all arrays of a packed row need length " + length);
        }
    }

    /**
     * Lays examples out back to back in a row of {@code length} tokens and pads the rest.
     *
     * @throws IllegalArgumentException when the examples do not fit
     */
    static PackedRow of(List<TokenizedExample> examples, int length, int padId) {
        int[] input = new int[length];
        int[] target = new int[length];
        int[] mask = new int[length];
        float[] weight = new float[length];
        int[] position = new int[length];
        int[] segment = new int[length];
        Arrays.fill(input, padId);
        Arrays.fill(target, padId);
        int at = 0;
        for (int s = 0; s < examples.size(); s++) {
            TokenizedExample example = examples.get(s);
            if (at + example.length() > length) {
                throw new IllegalArgumentException(
                        "examples of " + (at + example.length()) + " tokens do not fit a row of " + length);
            }
            int[] tokens = StudentEncoder.concat(example.promptIds(), example.responseIds());
            int promptLength = example.promptIds().length;
            for (int j = 0; j < tokens.length; j++) {
                input[at + j] = tokens[j];
                position[at + j] = j;
                segment[at + j] = s + 1;
                // The last token of an example predicts nothing: the next token belongs to another one.
                if (j + 1 < tokens.length) {
                    target[at + j] = tokens[j + 1];
                    if (j + 1 >= promptLength) {
                        mask[at + j] = 1;
                        weight[at + j] = example.weight();
                    }
                }
            }
            at += tokens.length;
        }
        return new PackedRow(input, target, mask, weight, position, segment);
    }

    /** The row's length: the configured maximum length. */
    public int length() {
        return inputIds.length;
    }

    /** Tokens that belong to an example (not padding). */
    public int usedTokens() {
        int used = 0;
        for (int segment : segmentIds) {
            used += segment == 0 ? 0 : 1;
        }
        return used;
    }
}
