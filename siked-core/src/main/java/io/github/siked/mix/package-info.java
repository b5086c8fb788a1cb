/**
 * SIKeD's data mixing and the baselines' data selections (SIKeD, arXiv 2410.18574, section 3; Mixed
 * Distillation, Li et al., Findings of EMNLP 2024).
 *
 * <ul>
 *   <li>{@link io.github.siked.mix.Selections}: the part of the teacher data D_LLM a run keeps
 *       ({@link io.github.siked.mix.TeacherSelection}: combined, one strategy, biased, mixed
 *       thought) and the teacher-only control's draw.
 *   <li>{@link io.github.siked.mix.Mixer}: iteration t's data D_t from the selected teacher rows and
 *       the student's graded samples, by the {@link io.github.siked.mix.Mixing} policy (all,
 *       adaptive, self-only, fixed alpha), with its {@link io.github.siked.mix.MixSummary} (rows and
 *       the teacher share alpha_t).
 *   <li>{@link io.github.siked.mix.MixStage}: the {@code siked:mix} stage, configured by a {@link
 *       io.github.siked.mix.MixStageConfig} (its {@link io.github.siked.mix.MixRecipe} and {@link
 *       io.github.siked.mix.MixSeeds}): files in, rows and summary out.
 * </ul>
 */
package io.github.siked.mix;
