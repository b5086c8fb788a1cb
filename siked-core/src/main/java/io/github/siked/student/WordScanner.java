package io.github.siked.student;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into the pieces a {@link WordTokenizer} gives ids to, each with the blanks (spaces and
 * tabs) written before it.
 *
 * <p>Pieces, tried in this order: a strategy tag ({@code [cot]:}, so that choosing a strategy is one
 * token); a word of letters, with inner apostrophes and hyphens ({@code Sub-question}, {@code
 * Ann's}) and, when identifiers are kept whole, underscores; a single digit; a Python operator of
 * two or three characters ({@code **}, {@code //}, {@code ==}, {@code +=}); a line break; any other
 * single character. Blanks are not pieces: they are the gaps between pieces.
 */
final class WordScanner {

    /** A piece and the blanks before it; the last gap of a text is a piece-less tail. */
    record Piece(String gap, String text) {}

    private static final String TAG = "\\[(?:cot|l2m|pot)\\]:";
    private static final String OPERATOR = "\\*\\*=?|//=?|==|!=|<=|>=|->|[-+*/%]=";
    private static final String REST = "(" + OPERATOR + "|[0-9]|\\n|[^ \\t])";

    private static final Pattern SPLIT =
            Pattern.compile("([ \\t]*)(" + TAG + "|[A-Za-z]+(?:['-][A-Za-z]+)*|" + REST.substring(1));
    private static final Pattern WHOLE =
            Pattern.compile("([ \\t]*)(" + TAG + "|[A-Za-z_]+(?:['-][A-Za-z_]+)*|" + REST.substring(1));

    private final Pattern pattern;

    /** @param splitIdentifiers whether {@code cards_per_box} is three words and two underscores */
    WordScanner(boolean splitIdentifiers) {
        this.pattern = splitIdentifiers ? SPLIT : WHOLE;
    }

    /** The pieces in order; a final piece with null text carries trailing blanks, if any. */
    List<Piece> scan(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int end = 0;
        while (m.find()) {
            pieces.add(new Piece(m.group(1), m.group(2)));
            end = m.end();
        }
        if (end < text.length()) {
            pieces.add(new Piece(text.substring(end), null));
        }
        return pieces;
    }
}
