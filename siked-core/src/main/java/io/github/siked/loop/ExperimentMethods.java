package io.github.siked.loop;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The methods an experiment runs, with which seeds, and when their iterations stop.
 *
 * @param method the method the experiment is about ({@code <method>})
 * @param compare the methods it is compared with ({@code <compare>})
 * @param seeds the run seeds: each method runs once per seed; the first is the reported run
 * @param stop when iterations stop
 */
public record ExperimentMethods(Method method, List<Method> compare, List<Long> seeds, StopRule stop) {

    public ExperimentMethods {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(stop, "stop");
        compare = List.copyOf(compare);
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("<seeds> is empty: give at least one seed");
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("<seeds> lists a value twice: " + seeds);
        }
        Set<String> names = new HashSet<>(List.of(method.name()));
        for (Method m : compare) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException(
                        "<compare> lists " + m.name() + " twice, or the experiment's own <method>");
            }
        }
    }

    /** The experiment's method, then the compared ones, in order. */
    public List<Method> all() {
        return Stream.concat(Stream.of(method), compare.stream()).toList();
    }
}
