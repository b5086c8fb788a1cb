/**
 * The scripted teacher of the embedded default: {@link io.github.siked.teacher.scripted.ScriptedTeacher}
 * writes chain-of-thought, least-to-most and program-of-thought rationales from a synthetic
 * problem's computation instead of asking a model, wrong as often as its
 * {@link io.github.siked.teacher.scripted.ErrorRates} say, so that the quickstart runs the whole
 * method on a laptop with no GPU and no server.
 *
 * <p>Prose rationales are worked out by {@code ProseSteps} and worded by {@code ProseWriter};
 * programs are planned by {@code ProgramPlan} and spoiled by {@code ProgramMistakes}.
 */
package io.github.siked.teacher.scripted;
