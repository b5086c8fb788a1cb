package io.github.siked.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/** Runs a short command to learn about the machine (an interpreter's version, whether bwrap works). */
final class CommandProbe {

    /** What a probe printed; {@code exitCode} is -1 when the command could not be started. */
    record Outcome(int exitCode, String stdout, String stderr) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private CommandProbe() {}

    static Outcome run(List<String> command, Duration timeout) {
        CommandLine line = new CommandLine(command.get(0));
        for (String argument : command.subList(1, command.size())) {
            line.addArgument(argument, false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DefaultExecutor executor = DefaultExecutor.builder().get();
        executor.setStreamHandler(new PumpStreamHandler(out, err));
        executor.setWatchdog(ExecuteWatchdog.builder().setTimeout(timeout).get());
        executor.setExitValues(null); // every exit status is an answer, not an exception
        try {
            int exit = executor.execute(line);
            return new Outcome(exit, text(out), text(err));
        } catch (IOException e) {
            return new Outcome(-1, text(out), e.getMessage() + " " + text(err));
        }
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).strip();
    }
}
