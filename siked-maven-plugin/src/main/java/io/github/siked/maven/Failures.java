package io.github.siked.maven;

import io.github.siked.data.DatasetException;
import io.github.siked.record.RecordFormatException;
import io.github.siked.report.FontsUnavailableException;
import io.github.siked.sandbox.SandboxUnavailableException;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps the core's exceptions to Maven's. What the user can fix (a bad setting, a bad input file, a
 * missing interpreter, font or dataset, a teacher that refuses) fails the build with the core's
 * message, which names the element or file, the bad value and the fix. A file that cannot be read
 * or written is reported with its message, as a fault of the files or the machine. Anything else is
 * a fault in siked (a broken invariant, a bug) and says so, asking for a report.
 */
final class Failures {

    /** Where siked's faults are reported. */
    static final String ISSUES = "https://github.com/siked/siked/issues";

    private Failures() {}

    /** A core call that may fail; reading a model folder may throw {@link IOException}. */
    interface CoreCall<T> {
        T run() throws IOException;
    }

    static <T> T translate(CoreCall<T> call) throws MojoFailureException, MojoExecutionException {
        try {
            return call.run();
        } catch (IllegalArgumentException
                | RecordFormatException
                | DatasetException
                | SandboxUnavailableException
                | FontsUnavailableException
                | TeacherException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException(fileProblem(e), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(
                    "siked failed with an internal error, a fault in siked and not in your build or its settings: " + e
                            + ". Please report it at " + ISSUES + " with the output of the build run with -e",
                    e);
        }
    }

    /**
     * The message of a file problem. siked's name the file and say what to do; the file system's
     * say only the path, so their type goes with it ({@code NoSuchFileException: data.jsonl}).
     */
    private static String fileProblem(Exception e) {
        String message = e instanceof FileSystemException ? e.toString() : e.getMessage();
        return e.getCause() instanceof FileSystemException cause ? message + ": " + cause : message;
    }
}
