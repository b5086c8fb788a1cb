package io.github.siked.teacher;

/**
 * How well the teacher did for one strategy.
 *
 * @param problems problems asked
 * @param solved problems with at least one kept (correct, well-formed) sample
 * @param kept samples kept in D_LLM
 */
public record TeacherYield(int problems, int solved, int kept) {}
