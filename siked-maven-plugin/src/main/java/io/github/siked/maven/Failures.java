package io.github.siked.maven;

import io.github.siked.data.DatasetException;
import io.github.siked.record.RecordFormatException;
import io.github.siked.sandbox.SandboxUnavailableException;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps the core's exceptions to Maven's: what the user can fix (bad input, bad configuration, a
 * missing interpreter or dataset) fails the build with the core's message; anything else is an
 * unexpected fault, reported with its cause.
 */
final class Failures {

    private Failures() {}

    /** A core call that may fail; reading a model folder may throw {@link IOException}. */
    interface CoreCall<T> {
        T run() throws IOException;
    }

    static <T> T translate(CoreCall<T> call) throws MojoFailureException, MojoExecutionException {
        try {
            return call.run();
        } catch (RecordFormatException
                | DatasetException
                | SandboxUnavailableException
                | TeacherException
                | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("siked failed unexpectedly: " + e, e);
        }
    }
}
