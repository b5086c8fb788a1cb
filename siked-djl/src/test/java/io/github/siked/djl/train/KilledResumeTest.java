package io.github.siked.djl.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.siked.student.TrainConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training process killed (SIGKILL) after its first checkpoints resumes in another JVM and ends
 * with the same weights as an uninterrupted run: checkpoints survive a kill, and nothing that
 * identifies a run changes between JVMs.
 */
class KilledResumeTest {

    static final int EPOCHS = 40;

    @TempDir
    Path directory;

    @Test
    void resumesAfterTheProcessIsKilled() throws Exception {
        TrainConfig config =
                ResumeTest.recipe().optLora(ResumeTest.LORA).optEpochs(EPOCHS).build();
        Path killed = directory.resolve("killed");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path")));
        for (String property :
                new String[] {"ai.djl.offline", "ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads"}) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(Child.class.getName(), killed.toString()));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("child.log").toFile())
                .start();
        try {
            Path checkpoint = killed.resolve(TrainCheckpoint.FILE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(checkpoint) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            // Let a few more checkpoints be written, then kill mid-run.
            Thread.sleep(150);
            assertTrue(
                    child.isAlive(),
                    "the child finished before it was killed: " + Files.readString(directory.resolve("child.log")));
        } finally {
            child.destroyForcibly().waitFor();
        }
        Map<String, float[]> resumed = ResumeTest.train(config, killed, -1);
        Map<String, float[]> uninterrupted = ResumeTest.train(config, directory.resolve("whole"), -1);
        uninterrupted.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
    }

    /** The run that gets killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            ResumeTest.train(
                    ResumeTest.recipe()
                            .optLora(ResumeTest.LORA)
                            .optEpochs(EPOCHS)
                            .build(),
                    Path.of(args[0]),
                    -1);
        }
    }
}
