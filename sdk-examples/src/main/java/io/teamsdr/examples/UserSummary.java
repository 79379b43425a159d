package io.teamsdr.examples;

import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts users as they stream past, so a listing of any size is summarised without being held:
 * voice eligibility, phone numbers, and both per country.
 */
public final class UserSummary {
    private static final String NO_COUNTRY = "--";

    private long users;
    private long withNumber;
    private final Map<String, Long> byVoice = new TreeMap<>();
    private final Map<String, long[]> byCountry = new TreeMap<>();

    /** Creates an empty summary. */
    public UserSummary() {
    }

    /**
     * Counts one user.
     *
     * @param user the user
     */
    public void add(TeamsUser user) {
        users++;
        boolean hasNumber = user.phoneNumber().isPresent();
        if (hasNumber) {
            withNumber++;
        }
        String voice = user.msTeams().voiceEnabled().map(VoiceEnabled::value).orElse("unknown");
        byVoice.merge(voice, 1L, Long::sum);
        long[] country = byCountry.computeIfAbsent(user.msTeams().location().orElse(NO_COUNTRY), key -> new long[2]);
        country[0]++;
        if (hasNumber) {
            country[1]++;
        }
    }

    /**
     * Returns how many users were counted.
     *
     * @return the user count
     */
    public long users() {
        return users;
    }

    /**
     * Returns how many users hold a Fusion phone number.
     *
     * @return the count
     */
    public long withNumber() {
        return withNumber;
    }

    /**
     * Returns how many users have a voice eligibility.
     *
     * @param voice {@code yes}, {@code no} or {@code maybe}
     * @return the count
     */
    public long voice(VoiceEnabled voice) {
        return byVoice.getOrDefault(voice.value(), 0L);
    }

    /**
     * Describes the voice eligibility counts.
     *
     * @return e.g. {@code yes 196, maybe 36, no 28}
     */
    public String voiceLine() {
        return byVoice.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * Describes the counts per country.
     *
     * @return e.g. {@code BE 74 (41 with a number), DE 43 (20), ...}
     */
    public String countryLine() {
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, long[]> entry : byCountry.entrySet()) {
            boolean first = line.length() == 0;
            if (!first) {
                line.append(", ");
            }
            line.append(entry.getKey()).append(' ').append(entry.getValue()[0])
                    .append(" (").append(entry.getValue()[1]).append(first ? " with a number)" : ")");
        }
        return line.toString();
    }
}
