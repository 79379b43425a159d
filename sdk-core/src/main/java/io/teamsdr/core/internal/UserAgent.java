package io.teamsdr.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent} header: {@code teamsdr/<version> java/<version>} and an optional suffix. */
final class UserAgent {
    private static final String SDK_VERSION = readVersion();

    private UserAgent() {
    }

    static String of(String suffix) {
        String base = "teamsdr/" + SDK_VERSION + " java/" + Runtime.version().feature() + "."
                + Runtime.version().interim() + "." + Runtime.version().update();
        return suffix == null || suffix.isBlank() ? base : base + " " + suffix;
    }

    static String sdkVersion() {
        return SDK_VERSION;
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/io/teamsdr/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
