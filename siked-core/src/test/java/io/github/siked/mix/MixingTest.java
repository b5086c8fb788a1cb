package io.github.siked.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.strategy.Strategy;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Names and settings as a pom writes them, and the messages a user reads when they are wrong. */
class MixingTest {

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void policiesParseByTheirIds() {
        for (MixPolicy p : MixPolicy.values()) {
            assertEquals(p, MixPolicy.parse(p.id()));
        }
        assertEquals(MixPolicy.SELF_ONLY, MixPolicy.parse(" self-only "));
        assertEquals(
                "<mix><policy> is 'sparse': use one of all, adaptive, self-only, fixed-alpha",
                error(() -> MixPolicy.parse("sparse")));
    }

    @Test
    void selectionsParseByTheirIds() {
        for (TeacherSelection s : TeacherSelection.values()) {
            assertEquals(s, TeacherSelection.parse(s.id()));
        }
        assertEquals(
                "<selection> is 'mixed': use one of combined, cot, l2m, pot, biased, mixed-thought",
                error(() -> TeacherSelection.parse("mixed")));
    }

    @Test
    void fixedAlphaNeedsAnAlphaInRange() {
        assertEquals(
                "<mix><alpha> is required by <mix><policy>fixed-alpha: set the teacher share of each strategy's"
                        + " rows, a number in [0, 1]",
                error(() -> new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.COT), 1, OptionalDouble.empty())));
        assertEquals(
                "<mix><alpha> is 1.5: use a number in [0, 1], the teacher share of each strategy's rows",
                error(() -> new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.COT), 1, OptionalDouble.of(1.5))));
        assertEquals(
                "<mix><alpha> is -0.1: use a number in [0, 1], the teacher share of each strategy's rows",
                error(() -> new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.COT), 1, OptionalDouble.of(-0.1))));
        assertEquals(
                "<mix><alpha> is NaN: use a number in [0, 1], the teacher share of each strategy's rows",
                error(() ->
                        new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.COT), 1, OptionalDouble.of(Double.NaN))));
        assertEquals(
                0.0,
                new Mixing(MixPolicy.FIXED_ALPHA, List.of(Strategy.COT), 1, OptionalDouble.of(0))
                        .alpha()
                        .getAsDouble());
    }

    @Test
    void otherPoliciesRefuseAnAlpha() {
        assertEquals(
                "<mix><alpha> is 0.3 but <mix><policy> is adaptive, which sets its own share: leave <alpha> out,"
                        + " or use <policy>fixed-alpha</policy>",
                error(() -> new Mixing(MixPolicy.ADAPTIVE, List.of(Strategy.COT), 1, OptionalDouble.of(0.3))));
    }

    @Test
    void keepSelfAndStrategiesAreChecked() {
        assertEquals(
                "<mix><keepSelf> is -1: use 1 (one correct self-sample per question and strategy, as in SIKeD),"
                        + " 0 (all of them) or another positive count",
                error(() -> new Mixing(MixPolicy.ALL, List.of(Strategy.COT), -1, OptionalDouble.empty())));
        assertEquals(
                "<strategies> (siked.strategies) must list each of cot, l2m, pot at most once, at least one;"
                        + " was [cot, cot]",
                error(() -> new Mixing(MixPolicy.ALL, List.of(Strategy.COT, Strategy.COT), 1, OptionalDouble.empty())));
        error(() -> new Mixing(MixPolicy.ALL, List.of(), 1, OptionalDouble.empty()));
    }
}
