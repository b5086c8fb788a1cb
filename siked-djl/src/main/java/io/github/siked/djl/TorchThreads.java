package io.github.siked.djl;

import ai.djl.pytorch.jni.JniUtils;

/**
 * Applies {@code siked.threads}: libtorch's intra-op CPU threads. Its default, one per core, is
 * fastest on an idle machine but collapses when other processes want the same cores (measured
 * here: 2 threads 25k training tokens/s idle, 4k under load from other builds; 1 thread held about
 * 10k).
 *
 * <p>Set through {@link JniUtils#setNumThreads} on the thread that asks for a trainer or sampler,
 * not through DJL's {@code ai.djl.pytorch.num_threads} property: DJL reads that property once,
 * when the engine first starts, so a later goal in the same Maven JVM could not change it. The
 * count is per thread: libtorch's OpenMP build keeps it in the calling thread (and hands the last
 * value set to threads that start using libtorch afterwards), so it must be set on the thread that
 * then runs the ops, which the trainer and sampler do (they start no threads of their own).
 */
final class TorchThreads {

    /** libtorch's count before siked first changed it, restored by 0; null until then. */
    private static Integer initial;

    private TorchThreads() {}

    /**
     * Sets the calling thread's intra-op thread count; libtorch must be loaded.
     *
     * @param threads the count, or 0 for the count libtorch had before siked changed it
     */
    static synchronized void apply(int threads) {
        if (initial == null) {
            initial = JniUtils.getNumThreads();
        }
        JniUtils.setNumThreads(threads == 0 ? initial : threads);
    }

    /** The calling thread's count now, for tests. */
    static int current() {
        return JniUtils.getNumThreads();
    }
}
