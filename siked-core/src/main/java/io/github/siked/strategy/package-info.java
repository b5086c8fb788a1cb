/**
 * Strategy formats and answer extraction: the strategy tag a student writes first, the run-on cut,
 * and the pure functions that read an answer (cot, l2m), a program (pot) or the lm-evaluation-harness
 * comparables from model output. Depends on {@code io.github.siked.number} and the JDK only; the
 * grader ({@code verify}) calls {@link io.github.siked.strategy.AnswerExtractor#extract} and {@link
 * io.github.siked.strategy.ProgramExtractor#extract}.
 */
package io.github.siked.strategy;
