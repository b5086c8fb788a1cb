package io.github.siked.teacher.backend;

/** The teacher could not answer; the message names the setting to fix. */
public class TeacherException extends RuntimeException {

    public TeacherException(String message) {
        super(message);
    }

    public TeacherException(String message, Throwable cause) {
        super(message, cause);
    }
}
