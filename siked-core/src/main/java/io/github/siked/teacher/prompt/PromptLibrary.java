package io.github.siked.teacher.prompt;

import io.github.siked.record.Problem;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The teacher's few-shot prompts, one file per strategy ({@code cot.txt}, {@code l2m.txt}, {@code
 * pot.txt}), loaded once from a {@link PromptSource} and checked before any request is sent.
 *
 * <p>A prompt file is plain UTF-8 text, sent as written except for the {@value
 * PromptTemplate#PLACEHOLDER} placeholder: an instruction line, then worked examples as {@code
 * Question: …} / {@code Answer:} blocks separated by blank lines, and last {@code Question:
 * {question}} followed by {@code Answer:}. The project's own files hold 8 examples each, written
 * for this project, with their gold answers in {@code answers.json} next to them. A model that runs
 * on into a new {@code Question:} is cut there by the graders, and {@code Question:} makes a good
 * stop string.
 *
 * <p>Immutable and thread-safe.
 */
public final class PromptLibrary implements PromptRenderer {

    private final PromptSource source;
    private final Map<Strategy, PromptTemplate> templates;

    private PromptLibrary(PromptSource source, Map<Strategy, PromptTemplate> templates) {
        this.source = source;
        this.templates = templates;
    }

    /** The file that holds a strategy's prompt: {@code cot.txt}, {@code l2m.txt}, {@code pot.txt}. */
    public static String fileName(Strategy strategy) {
        return strategy.id() + ".txt";
    }

    /** Loads the prompts of all three strategies. */
    public static PromptLibrary load(PromptSource source) {
        return load(source, EnumSet.allOf(Strategy.class));
    }

    /**
     * Loads and checks the prompts of the strategies a run uses; the files of the others are not
     * read, so an experiment with {@code siked.strategies=pot} needs only {@code pot.txt}.
     *
     * @throws TeacherException naming the file that is missing, unreadable, not UTF-8 or without
     *     its placeholder
     */
    public static PromptLibrary load(PromptSource source, Collection<Strategy> strategies) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException(
                    "no strategies to load prompts for: name at least one of " + Strategy.allIds());
        }
        Map<Strategy, PromptTemplate> templates = new EnumMap<>(Strategy.class);
        for (Strategy strategy : EnumSet.copyOf(strategies)) {
            templates.put(strategy, new PromptTemplate(strategy, source.load(fileName(strategy))));
        }
        return new PromptLibrary(source, templates);
    }

    /** Where the prompts were read from. */
    public PromptSource source() {
        return source;
    }

    /**
     * The template of one strategy.
     *
     * @throws IllegalArgumentException when the library was loaded without that strategy
     */
    public PromptTemplate template(Strategy strategy) {
        PromptTemplate template = templates.get(strategy);
        if (template == null) {
            throw new IllegalArgumentException("no " + strategy + " prompt loaded: this library holds "
                    + templates.keySet() + "; load it with " + strategy + " among the strategies");
        }
        return template;
    }

    /** The prompt that asks the teacher to solve one problem with one strategy. */
    @Override
    public String render(Problem problem, Strategy strategy) {
        return template(strategy).render(problem.question());
    }

    /** The SHA-256 of every prompt file loaded, by file name, sorted: for the stage manifest. */
    @Override
    public SortedMap<String, String> fileHashes() {
        SortedMap<String, String> hashes = new TreeMap<>();
        templates.values().forEach(t -> hashes.put(t.file().name(), t.file().sha256()));
        return hashes;
    }
}
