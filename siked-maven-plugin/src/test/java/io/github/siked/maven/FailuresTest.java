package io.github.siked.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.siked.data.DatasetException;
import io.github.siked.record.RecordFormatException;
import io.github.siked.report.FontsUnavailableException;
import io.github.siked.sandbox.SandboxUnavailableException;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The user's mistakes fail the build with the core's message; siked's own faults say they are siked's. */
class FailuresTest {

    @Test
    void aUsersMistakeFailsTheBuildWithTheCoresMessage() {
        List<RuntimeException> mistakes = List.of(
                new IllegalArgumentException("<strategies> is 'xyz': unknown strategy 'xyz': use one of cot, l2m, pot"),
                new RecordFormatException(Path.of("samples.jsonl"), 3, "field 'text': Missing"),
                new DatasetException("no gsm8k-test under DIR: run online once"),
                new SandboxUnavailableException("no python3 with sympy: install python3-sympy"),
                new FontsUnavailableException("cannot draw accuracy.svg: install fontconfig", new InternalError()),
                new TeacherException("the teacher answered 401: set the API key with <apiKeyEnv>"));
        for (RuntimeException mistake : mistakes) {
            MojoFailureException failure = assertThrows(
                    MojoFailureException.class,
                    () -> Failures.translate(() -> {
                        throw mistake;
                    }));
            assertEquals(mistake.getMessage(), failure.getMessage());
            assertSame(mistake, failure.getCause());
        }
    }

    @Test
    void anInternalFaultIsSikedsAndAsksForAReport() {
        IllegalStateException fault = new IllegalStateException("this PotSandbox is closed");
        MojoExecutionException error = assertThrows(
                MojoExecutionException.class,
                () -> Failures.translate(() -> {
                    throw fault;
                }));
        assertEquals(
                "siked failed with an internal error, a fault in siked and not in your build or its settings:"
                        + " java.lang.IllegalStateException: this PotSandbox is closed. Please report it at"
                        + " https://github.com/siked/siked/issues with the output of the build run with -e",
                error.getMessage());
        assertSame(fault, error.getCause());
        assertThrows(
                MojoExecutionException.class,
                () -> Failures.translate(() -> {
                    throw new NullPointerException();
                }));
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithItsMessageAndNotAsABug() {
        assertEquals(
                "no tokenizer in student: copy the one the model was trained with into the folder",
                fileProblem(new IOException(
                        "no tokenizer in student: copy the one the model was trained with into the folder")));
        assertEquals(
                "java.nio.file.NoSuchFileException: data.jsonl", fileProblem(new NoSuchFileException("data.jsonl")));
        assertEquals(
                "cannot read data.jsonl to hash it: java.nio.file.NoSuchFileException: data.jsonl",
                fileProblem(new UncheckedIOException(
                        "cannot read data.jsonl to hash it", new NoSuchFileException("data.jsonl"))));
    }

    @Test
    void aResultPassesThrough() throws Exception {
        assertEquals("done", Failures.translate(() -> "done"));
    }

    private static String fileProblem(Exception problem) {
        return assertThrows(
                        MojoExecutionException.class,
                        () -> Failures.translate(() -> {
                            if (problem instanceof IOException io) {
                                throw io;
                            }
                            throw (RuntimeException) problem;
                        }))
                .getMessage();
    }
}
