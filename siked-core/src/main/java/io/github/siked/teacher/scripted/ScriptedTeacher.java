package io.github.siked.teacher.scripted;

import io.github.siked.data.synthetic.Computation;
import io.github.siked.data.synthetic.SyntheticProblem;
import io.github.siked.strategy.Strategy;
import io.github.siked.teacher.backend.TeacherBackend;
import io.github.siked.teacher.backend.TeacherException;
import io.github.siked.teacher.backend.TeacherReply;
import io.github.siked.teacher.backend.TeacherRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The embedded default's teacher (SIKeD, arXiv 2410.18574, run on synthetic problems): it writes
 * rationales from each problem's {@link Computation} instead of asking a model, in the three
 * strategies and the formats of the project's prompt files: numbered chain-of-thought steps (arXiv
 * 2201.11903), least-to-most sub-questions (arXiv 2205.10625) and straight-line programs of thought
 * (arXiv 2211.12588).
 *
 * <p>A sample is wrong with the probability its strategy's {@link ErrorRates} give, with one
 * realistic mistake (see {@code ProseSteps} and {@link ProgramMistakes}), so that grading and
 * filtering have work to do. Wording varies between samples. The text of a sample depends only on
 * the problem, the strategy and the sample's seed: sample {@code i} of a request uses seed {@code
 * request.seed() + i}, so asking for samples one at a time gives the same texts as asking for them
 * together. The request's prompt and sampling settings are ignored.
 *
 * <p>Thread-safe: it keeps no state besides the problems.
 */
public final class ScriptedTeacher implements TeacherBackend {

    /** The backend's name in configuration and manifests. */
    public static final String NAME = "scripted";

    /** Changes whenever the writing changes, so that cached texts of an older version are not reused. */
    static final String VERSION = "scripted-1";

    private final Map<String, SyntheticProblem> problems;
    private final ErrorRates rates;

    /**
     * A teacher for the given problems.
     *
     * @throws IllegalArgumentException when two problems share an id
     */
    public ScriptedTeacher(Collection<SyntheticProblem> problems, ErrorRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
        Map<String, SyntheticProblem> byId = new HashMap<>();
        for (SyntheticProblem problem : problems) {
            if (byId.putIfAbsent(problem.id(), problem) != null) {
                throw new IllegalArgumentException("two synthetic problems have the id " + problem.id()
                        + ": give the scripted teacher one split, or splits of one seed");
            }
        }
        this.problems = Map.copyOf(byId);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The writer's version and the error rates: answers cached under other ones are not reused. */
    @Override
    public String identity() {
        return NAME + " " + VERSION + " " + rates;
    }

    /** The error rates this teacher writes with. */
    public ErrorRates rates() {
        return rates;
    }

    /**
     * Writes {@code request.n()} samples.
     *
     * @throws TeacherException when the problem is not one of this teacher's synthetic problems, or
     *     has another question under the same id
     */
    @Override
    public TeacherReply complete(TeacherRequest request) {
        String id = request.problem().id();
        SyntheticProblem problem = problems.get(id);
        if (problem == null) {
            throw new TeacherException("the scripted teacher has no synthetic problem '" + id
                    + "': it writes rationales only for the synthetic splits it was given"
                    + " (siked.train.dataset=synthetic:train); use the openai or file backend for other data");
        }
        if (!problem.question().equals(request.problem().question())) {
            throw new TeacherException(
                    "problem '" + id + "' asks \"" + request.problem().question()
                            + "\" but the scripted teacher's problem of that id asks \"" + problem.question()
                            + "\": the problems were drawn with another seed than the teacher's");
        }
        List<String> texts = new ArrayList<>(request.n());
        for (int i = 0; i < request.n(); i++) {
            texts.add(write(problem, request.strategy(), request.seed() + i));
        }
        return new TeacherReply(texts, NAME, VERSION + " " + rates, 0, 0);
    }

    /**
     * Writes one sample: correct, or with one mistake as often as the strategy's error rate says.
     *
     * @param sampleSeed the sample's own seed; the same seed gives the same text
     */
    public String write(SyntheticProblem problem, Strategy strategy, long sampleSeed) {
        SplittableRandom random = new SplittableRandom(seed(problem.id(), strategy, sampleSeed));
        boolean wrong = random.nextDouble() < rates.rate(strategy);
        Computation computation = problem.computation();
        return switch (strategy) {
            case COT -> ProseWriter.chainOfThought(worked(computation, wrong, random), random);
            case L2M -> ProseWriter.leastToMost(worked(computation, wrong, random), random);
            case POT -> program(computation, wrong, random);
        };
    }

    private static ProseSteps.Worked worked(Computation computation, boolean wrong, SplittableRandom random) {
        return wrong ? ProseSteps.mistaken(computation, random) : ProseSteps.correct(computation);
    }

    /** A program in one of four layouts: givens first or each before its use, answer direct or copied. */
    private static String program(Computation computation, boolean wrong, SplittableRandom random) {
        boolean givensFirst = random.nextBoolean();
        boolean direct = random.nextBoolean();
        ProgramPlan plan = ProgramPlan.of(computation);
        return ProgramPlan.python(
                wrong
                        ? ProgramMistakes.draw(plan, computation.answer(), givensFirst, direct, random)
                        : plan.layout(givensFirst, direct));
    }

    /**
     * One stream per (problem, strategy, sample seed). String.hashCode is fixed by the language
     * specification, so the texts are the same on every JVM; the SplitMix64 finaliser spreads
     * neighbouring seeds apart.
     */
    static long seed(String id, Strategy strategy, long sampleSeed) {
        long z = sampleSeed * 0x9e3779b97f4a7c15L + id.hashCode() * 31L + strategy.ordinal();
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
