package io.github.siked.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.siked.event.Event;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from an in-process server on 127.0.0.1: no test reaches the internet. */
class DatasetDownloaderTest {

    private static final byte[] BODY = "[{\"ID\": \"chal-1\"}]\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pinned/SVAMP.json", exchange -> {
            exchange.sendResponseHeaders(200, BODY.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY);
            }
        });
        server.createContext("/missing/SVAMP.json", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void rightHashLandsTheFileInPlace() throws Exception {
        Path target = dataDir.resolve("svamp").resolve("SVAMP.json");
        Path result = downloader().download(source("/pinned/SVAMP.json", sha256(BODY)), target);
        assertEquals(target, result);
        assertArrayEquals(BODY, Files.readAllBytes(target));
        assertEquals(List.of(target), filesUnder(dataDir));
        assertTrue(events.stream()
                .anyMatch(e -> e instanceof Event.Info i && i.message().startsWith("downloaded svamp")));
    }

    @Test
    void wrongHashIsAnErrorWithBothHashesAndLeavesNothing() throws Exception {
        String expected = sha256("something else".getBytes(StandardCharsets.UTF_8));
        Path target = dataDir.resolve("svamp").resolve("SVAMP.json");
        DatasetException e = assertThrows(
                DatasetException.class, () -> downloader().download(source("/pinned/SVAMP.json", expected), target));
        assertTrue(
                e.getMessage().contains("has sha256 " + sha256(BODY) + " but " + expected + " was expected"),
                e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesUnder(dataDir));
    }

    @Test
    void notFoundIsAnErrorNamingStatusAndUrl() {
        DatasetSource source = source("/missing/SVAMP.json", "0".repeat(64));
        Path target = dataDir.resolve("SVAMP.json");
        DatasetException e =
                assertThrows(DatasetException.class, () -> downloader().download(source, target));
        assertEquals(
                "dataset svamp: GET " + source.url() + " answered HTTP 404;"
                        + " download the file yourself and put it under the data directory",
                e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void unreachableServerSaysHowToProvideTheFile() {
        DatasetSource source = source("/pinned/SVAMP.json", sha256(BODY));
        server.stop(0);
        Path target = dataDir.resolve("SVAMP.json");
        DatasetException e =
                assertThrows(DatasetException.class, () -> downloader().download(source, target));
        assertTrue(e.getMessage().startsWith("dataset svamp: could not download " + source.url()), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("if this machine is offline, download it elsewhere and put SVAMP.json"
                                + " under the data directory"),
                e.getMessage());
    }

    private DatasetDownloader downloader() {
        return new DatasetDownloader(events::add);
    }

    private DatasetSource source(String path, String sha256) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new DatasetSource("svamp", "SVAMP.json", url, sha256, "MIT");
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
