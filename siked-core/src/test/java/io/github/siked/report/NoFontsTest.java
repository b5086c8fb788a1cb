package io.github.siked.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without fonts (a bare container's headless JDK) gets a message that names the fix,
 * not AWT's InternalError. The fonts are hidden from a child JVM with bubblewrap; without
 * bubblewrap the test is skipped.
 */
class NoFontsTest {

    @TempDir
    Path home;

    @Test
    void namesThePackagesToInstall() throws Exception {
        assumeTrue(run(List.of("bwrap", "--bind", "/", "/", "true")) == 0, "bubblewrap cannot run here");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The child sees the whole file system but for empty font folders.
        List<String> command = new ArrayList<>(List.of(
                "bwrap --bind / / --dev /dev --proc /proc --tmpfs /usr/share/fonts --tmpfs /var/cache/fontconfig"
                        .split(" ")));
        command.addAll(List.of("--setenv", "HOME", home.toString()));
        command.addAll(
                List.of(java.toString(), "-cp", System.getProperty("java.class.path"), NoFontsMain.class.getName()));
        ProcessBuilder child = new ProcessBuilder(command);
        child.redirectErrorStream(true);
        Process process = child.start();
        assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(!out.equals("drawn"), "fonts outside /usr/share/fonts are still visible: nothing to test");

        // The part in brackets is the JDK's own words (OpenJDK 17: "Fontconfig head is null, …").
        assertTrue(
                out.startsWith("cannot draw accuracy.svg: Java found no font to measure text with (Fontconfig"), out);
        assertTrue(
                out.endsWith("); install fontconfig and a font, on Debian or Ubuntu "
                        + "`apt-get install -y fontconfig fonts-dejavu-core`"),
                out);
    }

    private static int run(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
