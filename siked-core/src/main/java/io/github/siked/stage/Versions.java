package io.github.siked.stage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/** The versions a manifest records: siked's own and the Java runtime's; stages add their engines'. */
public final class Versions {

    private Versions() {}

    /** siked's version, from the jar's Maven metadata, or {@code development} when run from classes. */
    public static String siked() {
        try (InputStream in =
                Versions.class.getResourceAsStream("/META-INF/maven/io.github.siked/siked-core/pom.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    /** siked and Java versions, as a fresh mutable map a stage adds to. */
    public static SortedMap<String, String> base() {
        SortedMap<String, String> versions = new TreeMap<>();
        versions.put("siked", siked());
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        return versions;
    }
}
