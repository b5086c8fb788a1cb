package io.github.siked.report;

import io.github.siked.strategy.Strategy;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one key order of every map in the results: strategies as the paper lists them ({@code cot},
 * {@code l2m}, {@code pot}), then {@code none} (answers without a tag), then any other key (dataset
 * names, scores such as {@code maj@4}) alphabetically. Sorting when a record is built, rather than
 * keeping the caller's order, makes equal metrics write equal bytes however their maps were filled,
 * so a resumed build reproduces an uninterrupted one.
 */
final class MetricKeys {

    /** The key for answers that carry no strategy tag. */
    static final String NONE = "none";

    static final Comparator<String> ORDER =
            Comparator.comparingInt(MetricKeys::rank).thenComparing(k -> k);

    private MetricKeys() {}

    /**
     * An unmodifiable copy of {@code map} in {@link #ORDER}; null gives an empty map.
     *
     * @param field the record field, named when a key or value is null
     */
    static <V> SortedMap<String, V> sorted(Map<String, V> map, String field) {
        SortedMap<String, V> copy = new TreeMap<>(ORDER);
        if (map != null) {
            map.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException(field + " has a blank key: name every entry");
                }
                copy.put(key, Objects.requireNonNull(value, field + "." + key));
            });
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static int rank(String key) {
        for (Strategy s : Strategy.values()) {
            if (s.id().equals(key)) {
                return s.ordinal();
            }
        }
        return NONE.equals(key) ? Strategy.values().length : Strategy.values().length + 1;
    }
}
