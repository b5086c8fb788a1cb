/**
 * Which engine trains and samples the student, and the settings every engine shares.
 *
 * <ul>
 *   <li>{@link io.github.siked.engine.EngineSettings}: the engine's name ({@code siked.engine}), the
 *       device, the precision, CPU threads, checkpoint and log intervals, validated where they are
 *       read so that a bad value names its property.
 *   <li>{@link io.github.siked.engine.EngineProvider}: what an engine module ({@code siked-djl})
 *       registers with {@link java.util.ServiceLoader}; it builds the training side and the
 *       sampling side from the settings.
 *   <li>{@link io.github.siked.engine.EngineCatalog}: chooses the providers by name and composes
 *       the {@link io.github.siked.student.StudentEngine} the loop receives ({@link
 *       io.github.siked.engine.ChosenEngine}).
 * </ul>
 *
 * Depends on {@code student} only; the plugin builds the settings from its goal parameters and the
 * loop and the stages see the chosen engine (docs/architecture.md).
 */
package io.github.siked.engine;
