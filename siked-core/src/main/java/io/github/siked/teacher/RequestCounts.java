package io.github.siked.teacher;

/**
 * Where a run's teacher answers came from.
 *
 * @param planned requests the stage needs
 * @param fromJournal already answered by an earlier, interrupted run
 * @param fromCache answered by the shared cache
 * @param asked sent to the teacher
 */
public record RequestCounts(int planned, int fromJournal, int fromCache, int asked) {}
