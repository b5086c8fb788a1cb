/**
 * Prompt files, read from the project's {@code prompts/} folder or the copy bundled in the jar
 * ({@link io.github.siked.teacher.prompt.PromptSource}): the teacher's few-shot prompts, one per
 * strategy ({@link io.github.siked.teacher.prompt.PromptLibrary}, a
 * {@link io.github.siked.teacher.prompt.PromptRenderer}), and the student's prompt words
 * ({@link io.github.siked.teacher.prompt.StudentTemplates} with Mixed Distillation's
 * {@link io.github.siked.teacher.prompt.TaskPrefixes}). Every file is read as strict UTF-8 and
 * hashed, so that a stage's manifest records the exact prompt behind its data.
 *
 * <p>Depends on {@code teacher.backend} (for {@code TeacherException}), {@code student} (the
 * template record it builds), {@code record}, {@code strategy} and {@code stage}.
 */
package io.github.siked.teacher.prompt;
