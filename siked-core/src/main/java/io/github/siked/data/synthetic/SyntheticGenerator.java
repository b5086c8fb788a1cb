package io.github.siked.data.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the seeded splits of synthetic arithmetic word problems (docs/method.md, "Quickstart").
 *
 * <p>Each split has its own random stream derived from the seed and the split, so a split can be
 * drawn alone and the first {@code n} problems do not depend on the split's size. Families take
 * turns ({@code index % 5}), which keeps every split balanced across families. No question text
 * appears in two splits: each question belongs to one split by a hash of its text, and a draw that
 * belongs elsewhere, or repeats one already drawn, is redrawn.
 */
public final class SyntheticGenerator {

    private static final List<Family> FAMILIES =
            List.of(new BulkFamily(), new ChainFamily(), new CompareFamily(), new GroupsFamily(), new RateFamily());

    /** Redraws allowed per problem: about 6 are needed on average (one bucket in six). */
    private static final int ATTEMPTS = 10_000;

    /** The golden-ratio increment of SplitMix64, spacing the split seeds apart. */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final SyntheticConfig config;

    public SyntheticGenerator(SyntheticConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The split names: {@code train}, {@code validation}, {@code test}, then the OOD tests. */
    public static List<String> splitNames() {
        return SyntheticSplit.ids();
    }

    /** The family ids, in the order problems take turns. */
    public static List<String> familyIds() {
        return FAMILIES.stream().map(Family::id).toList();
    }

    /**
     * Draws one split by name.
     *
     * @throws IllegalArgumentException naming an unknown split and the known ones
     */
    public List<SyntheticProblem> split(String name) {
        return split(SyntheticSplit.fromId(name));
    }

    /** Draws one split; ids are {@code synthetic-<split>-<index>}. */
    public List<SyntheticProblem> split(SyntheticSplit split) {
        SplittableRandom random = new SplittableRandom(seed(config.seed(), split));
        int size = config.size(split);
        Set<String> seen = new HashSet<>();
        List<SyntheticProblem> problems = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            Family family = FAMILIES.get(index % FAMILIES.size());
            Draft draft = drawFresh(random, family, split, seen);
            String id = "synthetic-" + split.id() + "-" + index;
            problems.add(SyntheticProblem.of(id, draft.question(), family.id(), draft.computation()));
        }
        return List.copyOf(problems);
    }

    private static Draft drawFresh(SplittableRandom random, Family family, SyntheticSplit split, Set<String> seen) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Draft draft = family.draw(random, split.shift());
            if (bucket(draft.question()) == split.ordinal() && seen.add(draft.question())) {
                return draft;
            }
        }
        throw new IllegalStateException("family '"
                + family.id()
                + "' found no new question for split '"
                + split.id()
                + "' in "
                + ATTEMPTS
                + " draws, after "
                + seen.size()
                + " problems: lower "
                + SyntheticConfig.sizeKey(split)
                + " (at most "
                + SyntheticConfig.MAX_SIZE
                + ")");
    }

    /** The split a question belongs to, from its text alone; String.hashCode is fixed by the JLS. */
    static int bucket(String question) {
        return (int) Math.floorMod(mix(question.hashCode()), (long) SyntheticSplit.values().length);
    }

    /** The seed of one split's stream: distinct per split, and unrelated for nearby seeds. */
    static long seed(long seed, SyntheticSplit split) {
        return mix(seed + GOLDEN_GAMMA * (split.ordinal() + 1));
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
