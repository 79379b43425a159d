package io.teamsdr.testkit;

import java.time.Clock;
import java.util.List;

/**
 * Starts one fake for {@link Standalone}. Each fake contributes one launcher; its
 * {@link #name()} is the key of its object in the JSON line Standalone prints and the prefix of
 * its port option ({@code --<name>-port}).
 */
public interface FakeLauncher {

    /**
     * The fake's name, e.g. {@code fusion}.
     *
     * @return a lower-case name
     */
    String name();

    /**
     * Options this launcher reads besides {@code --<name>-port} and {@code --seed}, without the
     * leading dashes, so Standalone can reject misspelled options.
     *
     * @return option names, empty by default
     */
    default List<String> extraOptions() {
        return List.of();
    }

    /**
     * Starts the fake.
     *
     * @param options the parsed command line
     * @param clock the clock every standalone fake shares; the control API advances it
     * @return the running fake and what to print about it
     * @throws IllegalArgumentException when an option value is invalid
     */
    LaunchedFake launch(StandaloneOptions options, Clock clock);
}
