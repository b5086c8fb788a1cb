package io.github.siked.data;

/**
 * A dataset that cannot be had: an unknown name, an ambiguous or missing upstream file, a failed
 * download or a checksum mismatch. The message says what was tried and how to fix it.
 */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
