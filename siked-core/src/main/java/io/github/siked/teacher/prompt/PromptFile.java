package io.github.siked.teacher.prompt;

import java.util.Objects;

/**
 * One prompt file as read: its text and the SHA-256 of its bytes, which the stage manifest records
 * so that a result can be traced to the exact prompt that produced its teacher data.
 *
 * @param name the file name, such as {@code cot.txt}
 * @param location where it was read from, for messages
 * @param text the content, decoded as UTF-8
 * @param sha256 the lower-case hex digest of the file's bytes
 */
public record PromptFile(String name, String location, String text, String sha256) {

    public PromptFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }
}
