package io.github.siked.teacher.prompt;

import io.github.siked.stage.Sha256;
import io.github.siked.teacher.backend.TeacherException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Where prompt files are read from: a directory the user names ({@code siked.prompts}), or the
 * folder {@value #CLASSPATH_FOLDER} on the classpath, where the build bundles the project's
 * {@code prompts/} so that the plugin works from any directory.
 *
 * <p>Files are read as strict UTF-8: a prompt that does not decode would reach the teacher with
 * replacement characters and a hash that no longer says what was sent.
 */
public final class PromptSource {

    /** The classpath folder that holds the bundled copy of the project's {@code prompts/}. */
    public static final String CLASSPATH_FOLDER = "io/github/siked/prompts/";

    private final Path directory;
    private final ClassLoader loader;

    private PromptSource(Path directory, ClassLoader loader) {
        this.directory = directory;
        this.loader = loader;
    }

    /** Prompt files in a directory, such as a checkout's {@code prompts/}. */
    public static PromptSource directory(Path directory) {
        return new PromptSource(Objects.requireNonNull(directory, "directory"), null);
    }

    /** The prompt files bundled with siked, found by this class's own class loader. */
    public static PromptSource bundled() {
        return classpath(PromptSource.class.getClassLoader());
    }

    /** The prompt files under {@value #CLASSPATH_FOLDER} of the given class loader. */
    public static PromptSource classpath(ClassLoader loader) {
        return new PromptSource(null, Objects.requireNonNull(loader, "loader"));
    }

    /** Where a file is read from, for messages: a path, or {@code classpath:/io/github/…/cot.txt}. */
    public String locate(String fileName) {
        return directory != null ? directory.resolve(fileName).toString() : "classpath:/" + CLASSPATH_FOLDER + fileName;
    }

    /**
     * Reads one file's bytes.
     *
     * @throws TeacherException naming the file when it is missing or cannot be read
     */
    public byte[] read(String fileName) {
        try {
            if (directory != null) {
                return Files.readAllBytes(directory.resolve(fileName));
            }
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + fileName)) {
                if (in == null) {
                    throw new NoSuchFileException(locate(fileName));
                }
                return in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw new TeacherException("prompt file " + locate(fileName) + " does not exist: "
                    + (directory != null
                            ? "point siked.prompts at a directory holding it (the project's prompts/ has one)"
                            : "the siked jar was built without its prompts; name a directory with siked.prompts"));
        } catch (IOException e) {
            throw new TeacherException(
                    "prompt file " + locate(fileName) + " cannot be read (" + e + "): check its permissions", e);
        }
    }

    /**
     * Reads one file as text, with the digest of its bytes.
     *
     * @throws TeacherException naming the file when it is missing, unreadable or not UTF-8
     */
    public PromptFile load(String fileName) {
        byte[] bytes = read(fileName);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TeacherException("prompt file " + locate(fileName) + " is not valid UTF-8: save it as UTF-8", e);
        }
        return new PromptFile(fileName, locate(fileName), text, Sha256.hex(digest(bytes)));
    }

    private static MessageDigest digest(byte[] bytes) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(bytes);
        return digest;
    }

    @Override
    public String toString() {
        return directory != null ? directory.toString() : "classpath:/" + CLASSPATH_FOLDER;
    }
}
