package io.github.siked.data;

import io.github.siked.event.EventListener;
import io.github.siked.stage.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;

/**
 * Downloads a dataset's upstream file and checks its sha256 before anyone can read it.
 *
 * <p>The bytes go to a temporary file next to the target and are renamed into place only when the
 * hash matches, so a killed build or a corrupted transfer never leaves a file that looks finished.
 */
public final class DatasetDownloader {

    private final HttpClient client;
    private final Duration timeout;
    private final EventListener listener;

    /** A downloader with a 30 s connection timeout and 10 min for the whole transfer. */
    public DatasetDownloader(EventListener listener) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                Duration.ofMinutes(10),
                listener);
    }

    public DatasetDownloader(HttpClient client, Duration timeout, EventListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Downloads the source's file to {@code target}, replacing any file there.
     *
     * @return the target
     * @throws DatasetException when the server does not answer 200, the transfer fails or the
     *     sha256 differs from the pinned one (the message holds both hashes)
     */
    public Path download(DatasetSource source, Path target) {
        listener.info("downloading " + source.name() + " (" + source.license() + ") from " + source.url());
        Path temp = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, target.getFileName() + ".", ".part");
            String actual = fetch(source, temp);
            if (!actual.equals(source.sha256())) {
                throw new DatasetException(
                        "dataset " + source.name() + " downloaded from " + source.url()
                                + " has sha256 " + actual + " but " + source.sha256()
                                + " was expected: the upstream file"
                                + " changed or the transfer was corrupted; put a copy with the expected hash under the data directory");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            listener.info("downloaded " + source.name() + " to " + target + " (sha256 " + actual + ")");
            return target;
        } catch (IOException e) {
            throw failed(source, target, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(source, target, "interrupted", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Streams the body into {@code temp} and returns its sha256. */
    private String fetch(DatasetSource source, Path temp) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(source.url()).timeout(timeout).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new DatasetException("dataset " + source.name() + ": GET " + source.url() + " answered HTTP "
                        + response.statusCode() + "; download the file yourself and put it under the data directory");
            }
            MessageDigest sha256 = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(body, sha256);
                    OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            return Sha256.hex(sha256);
        }
    }

    private static DatasetException failed(DatasetSource source, Path target, String why, Exception cause) {
        return new DatasetException(
                "dataset " + source.name() + ": could not download " + source.url() + " to "
                        + target + " (" + why + "); if this machine is offline, download it elsewhere and put "
                        + source.fileName() + " under the data directory",
                cause);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A leftover .part file is harmless: it never carries an upstream file name.
        }
    }
}
