package io.teamsdr.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of {@link Standalone}: {@code --name value} pairs.
 */
public final class StandaloneOptions {

    /** Seed name of the built-in demo data set. */
    public static final String SEED_DEMO = "demo";

    /** Seed name of an empty data set. */
    public static final String SEED_EMPTY = "empty";

    private final Map<String, String> values;

    private StandaloneOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code --name value} and {@code --name=value} arguments.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException on an argument that is not an option or lacks a value
     */
    public static StandaloneOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("Not an option: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Option " + arg + " needs a value");
            }
        }
        return new StandaloneOptions(values);
    }

    /**
     * The value of an option.
     *
     * @param name option name without dashes
     * @return the value, empty when not given
     */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * The port for a fake, from {@code --<fakeName>-port}; 0 (a free port) when not given.
     *
     * @param fakeName the launcher name
     * @return the port
     * @throws IllegalArgumentException when the value is not a port number
     */
    public int port(String fakeName) {
        String raw = values.getOrDefault(fakeName + "-port", "0");
        try {
            int port = Integer.parseInt(raw);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--" + fakeName + "-port out of range: " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + fakeName + "-port is not a number: " + raw, e);
        }
    }

    /**
     * The data set, from {@code --seed}: {@value #SEED_DEMO} (the default) or {@value #SEED_EMPTY}.
     *
     * @return the seed name
     * @throws IllegalArgumentException for any other value
     */
    public String seed() {
        String seed = values.getOrDefault("seed", SEED_DEMO);
        if (!seed.equals(SEED_DEMO) && !seed.equals(SEED_EMPTY)) {
            throw new IllegalArgumentException("--seed must be demo or empty: " + seed);
        }
        return seed;
    }

    /**
     * Every option given, without dashes.
     *
     * @return option names
     */
    public java.util.Set<String> names() {
        return values.keySet();
    }
}
