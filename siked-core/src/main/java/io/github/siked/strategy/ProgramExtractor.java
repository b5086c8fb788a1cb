package io.github.siked.strategy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a pot output into the Python source to execute (Program of Thoughts, Chen et al., arXiv
 * 2211.12588; the sandbox that runs it lives elsewhere).
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>{@code \r\n} becomes {@code \n}; the leading strategy tag is stripped ({@link
 *       StrategyTag}); a run-on generation is cut ({@link RunOnCutter}).
 *   <li>When a Markdown code fence ({@code ```}, optionally with a language word such as {@code
 *       python} on the same line) is left, the program is the content of the FIRST fenced block, up
 *       to its closing fence or, if the model never closed it, to the end. Prose around the fence
 *       is dropped.
 *   <li>The common indentation of the non-blank lines is removed (as Python's {@code
 *       textwrap.dedent} would); blank lines at both ends and trailing blanks are dropped.
 * </ol>
 *
 * A pure function: any string, null included, gives a string, possibly empty.
 */
public final class ProgramExtractor {

    private static final String FENCE = "```";

    /** A language word and the end of the opening fence's line. */
    private static final Pattern FENCE_INFO = Pattern.compile("\\A[A-Za-z0-9_+.-]*[ \\t]*\\n");

    private ProgramExtractor() {}

    /** The program text of one pot output. */
    public static String extract(String text) {
        String body = RunOnCutter.cut(StrategyTag.strip(text == null ? "" : text.replace("\r\n", "\n")));
        return trimBlankLines(dedent(unfence(body))).stripTrailing();
    }

    /** The content of the first fenced block, or the text itself when it holds no fence. */
    static String unfence(String text) {
        int open = text.indexOf(FENCE);
        if (open < 0) {
            return text;
        }
        int start = open + FENCE.length();
        Matcher info = FENCE_INFO.matcher(text.substring(start));
        if (info.find()) {
            start += info.end();
        }
        int close = text.indexOf(FENCE, start);
        return text.substring(start, close < 0 ? text.length() : close);
    }

    /** Removes the whitespace prefix that all non-blank lines share. */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        String common = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String indent =
                    line.substring(0, line.length() - line.stripLeading().length());
            common = common == null ? indent : sharedPrefix(common, indent);
        }
        if (common == null || common.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.startsWith(common) ? line.substring(common.length()) : line.stripLeading());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String sharedPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    /** Drops blank lines at both ends; the lines in between are kept as written. */
    private static String trimBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        int last = lines.length - 1;
        while (last > first && lines[last].isBlank()) {
            last--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            out.append(lines[i]);
            if (i < last) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
