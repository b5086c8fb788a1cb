package io.github.siked.report;

/**
 * Java finds no font on this machine to measure the plots' text with (a system without fontconfig
 * or any font). The message says what to install. The results are rendered whole before any file
 * is written, so the previous results stay as they were.
 */
public final class FontsUnavailableException extends RuntimeException {

    public FontsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
