package io.github.siked.strategy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strategy tag a student response starts with ({@code [cot]:}, {@code [l2m]:}, {@code [pot]:};
 * SIKeD, arXiv 2410.18574, section 3): the student names its strategy before solving.
 *
 * <p>Recognition rule, on purpose a little looser than what the student is trained to write so
 * that the strategy-share statistics do not depend on spacing:
 *
 * <ul>
 *   <li>whitespace before the tag is allowed;
 *   <li>the name inside the brackets is case-insensitive ({@code [PoT]:} names pot), with no
 *       spaces inside the brackets;
 *   <li>the colon may be missing, and so may the space after it ({@code [cot]Step 1} and {@code
 *       [cot]:Step 1} both name cot), because the closing bracket already ends the tag unambiguously;
 *   <li>anything else ({@code [code]:}, a tag after other text) is no tag.
 * </ul>
 */
public final class StrategyTag {

    /** A tag anywhere; {@link #AT_START} anchors it. Shared with the run-on rule, which cuts at a second tag. */
    static final Pattern ANYWHERE = Pattern.compile("\\[(cot|l2m|pot)\\][ \\t]*:?", Pattern.CASE_INSENSITIVE);

    private static final Pattern AT_START = Pattern.compile("\\A\\s*" + ANYWHERE.pattern(), Pattern.CASE_INSENSITIVE);

    /** After the tag: spaces and tabs, then at most one line break, so that a program's indentation survives. */
    private static final Pattern AFTER_TAG = Pattern.compile("\\A[ \\t]*(?:\\r?\\n)?");

    private StrategyTag() {}

    /** The strategy the text's leading tag names, or empty when it starts with no tag (or is null). */
    public static Optional<Strategy> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = AT_START.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Strategy.fromId(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * The text without its leading tag and the blanks right after it (spaces, tabs and at most one
     * line break). A text without a tag comes back unchanged; null comes back empty.
     */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = AT_START.matcher(text);
        if (!m.find()) {
            return text;
        }
        String rest = text.substring(m.end());
        Matcher blanks = AFTER_TAG.matcher(rest);
        return blanks.find() ? rest.substring(blanks.end()) : rest;
    }
}
