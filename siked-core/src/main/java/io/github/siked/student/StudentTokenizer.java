package io.github.siked.student;

import java.util.List;
import java.util.OptionalInt;

/**
 * Turns text into token ids and back, for a student model. The embedded tiny student uses {@link
 * WordTokenizer}; the DJL engine wraps a Hugging Face {@code tokenizer.json} for pretrained models.
 *
 * <p>{@link #encode} adds no special tokens: {@link StudentEncoder} adds the beginning and end
 * markers itself, in the same places for training and sampling. It is called on pieces (prompt,
 * tag, body) whose ids are concatenated, so for these pieces (a prompt ending in a line break, a
 * tag ending in a space) {@code decode(encode(a) ++ encode(b))} should equal {@code a + b}: a wrapper around a SentencePiece tokenizer that prepends a word-start space to
 * every call must turn that off, or each body decodes with a space too many.
 */
public interface StudentTokenizer {

    /** The ids of a text, without special tokens. */
    int[] encode(String text);

    /** The text of ids; padding, beginning and end markers are skipped. */
    String decode(int[] ids);

    /** The id that starts every sequence, when the model uses one (Qwen2 does not). */
    OptionalInt bosId();

    /** The id that ends every response; generation stops there. */
    int eosId();

    /** The id that fills a row after its last example; never a target of the loss. */
    int padId();

    /** How many ids there are: the model's embedding and output rows. */
    int vocabularySize();

    /**
     * The pieces of a text that this tokenizer cannot represent and would encode as unknown, in
     * order, so that callers can report them. Byte-level tokenizers represent everything and return
     * an empty list.
     */
    default List<String> unknownPieces(String text) {
        return List.of();
    }
}
