package io.github.siked.data.synthetic;

/** A question and its computation, before the generator gives it an id. */
record Draft(String question, Computation computation) {}
