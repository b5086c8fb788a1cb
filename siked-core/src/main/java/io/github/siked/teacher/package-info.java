/**
 * The {@code siked:generate-teacher} stage (SIKeD, arXiv 2410.18574, section 3: the teacher data
 * D_LLM) and the machinery that makes it durable; the backends and prompts it uses live in the
 * sub-packages.
 *
 * <ul>
 *   <li>{@link io.github.siked.teacher.GenerateTeacherStage}: plans one request per problem and
 *       strategy, asks for what is missing, grades the samples and keeps D_LLM
 *       ({@link io.github.siked.teacher.TeacherDataSelector}).
 *   <li>{@link io.github.siked.teacher.TeacherJournal} and {@link io.github.siked.teacher.TeacherCache}:
 *       every answer, as a {@link io.github.siked.teacher.TeacherCall}, is appended to the stage's
 *       journal the moment it arrives and then to a cache shared by experiments, addressed by
 *       {@link io.github.siked.teacher.RequestKey}; {@link io.github.siked.teacher.TeacherAsker}
 *       asks the backend only for what neither holds.
 *   <li>{@link io.github.siked.teacher.TeacherChoice}: which backend a build uses, as the pom names
 *       it, and the one place that opens any of them; it sits here, above the backends, so that no
 *       backend depends on another.
 * </ul>
 *
 * <p>Sub-packages: {@code teacher.backend} (what every backend shares: the interface, request,
 * reply, sampling settings, the exception, and the file backend), {@code teacher.openai} (the
 * OpenAI-compatible client), {@code teacher.scripted} (the embedded default's scripted teacher) and
 * {@code teacher.prompt} (prompt files and the student's prompt words). Each of them depends on
 * {@code teacher.backend} and on no other sibling.
 */
package io.github.siked.teacher;
