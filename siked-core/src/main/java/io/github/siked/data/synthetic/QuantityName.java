package io.github.siked.data.synthetic;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule for quantity names: lower-case snake case that a program can use as a Python variable
 * without shadowing anything the program of thought needs.
 */
final class QuantityName {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Python keywords, builtins a program may call, the names of the PoT prelude (math's, sympy's and
     * the helpers), and {@code answer}, which holds the final result.
     */
    private static final Set<String> RESERVED =
            Set.of(("and as assert async await break class continue def del elif else except finally for"
                            + " from global if import in is lambda nonlocal not or pass raise return try while"
                            + " with yield abs int float round sum min max len list range print math pi e tau"
                            + " inf nan sqrt floor ceil gcd lcm pow exp log symbol eq solve simplify solve_it"
                            + " answer")
                    .split(" "));

    private QuantityName() {}

    /**
     * Checks that a name is usable as a Python variable.
     *
     * @throws IllegalArgumentException naming the field, the bad value and the rule
     */
    static void check(String name, String field) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(field
                    + " '"
                    + name
                    + "' is neither a whole number nor a name of lower-case letters,"
                    + " digits and underscores starting with a letter");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException(
                    field + " '" + name + "' is reserved in Python or in the program prelude: choose another name");
        }
    }
}
