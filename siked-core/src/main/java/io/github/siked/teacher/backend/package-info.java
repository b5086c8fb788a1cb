/**
 * What every teacher backend shares, and what the generation stage sees of one:
 * {@link io.github.siked.teacher.backend.TeacherBackend} answers a
 * {@link io.github.siked.teacher.backend.TeacherRequest} (a problem, a strategy, the prompt, n, the
 * seed and the {@link io.github.siked.teacher.backend.Sampling} settings) with a
 * {@link io.github.siked.teacher.backend.TeacherReply}, or fails with a
 * {@link io.github.siked.teacher.backend.TeacherException} that names the setting to fix.
 *
 * <p>{@link io.github.siked.teacher.backend.FileTeacher}, the backend that answers from a file of
 * samples made elsewhere, lives here too: it needs nothing beyond these types and the records.
 *
 * <p>The leaf of the teacher packages: depends on {@code record}, {@code strategy} and {@code stage}
 * only, so that the backends, the prompts and the stage can all import it without a cycle.
 */
package io.github.siked.teacher.backend;
