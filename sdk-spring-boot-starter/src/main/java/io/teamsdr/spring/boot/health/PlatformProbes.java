package io.teamsdr.spring.boot.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The probes of the platforms the application has clients for, by component name ({@code fusion},
 * {@code vsxi}); the health adapter of the running Spring Boot version turns them into indicators.
 */
public final class PlatformProbes {
    private final Map<String, PlatformProbe> byPlatform;

    /**
     * Keeps the probes.
     *
     * @param byPlatform the probes by component name, in display order
     */
    public PlatformProbes(Map<String, PlatformProbe> byPlatform) {
        this.byPlatform = Collections.unmodifiableMap(new LinkedHashMap<>(byPlatform));
    }

    /**
     * Returns the probes by component name.
     *
     * @return the probes
     */
    public Map<String, PlatformProbe> byPlatform() {
        return byPlatform;
    }
}
