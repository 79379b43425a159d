package io.teamsdr.testkit.fusion;

/**
 * Whether a Microsoft license carries Teams Phone System, as the fake models it. It drives the
 * users list's {@code voiceEnabled} ({@code yes}, {@code no}, {@code maybe}), the voice-enabled
 * check (a boolean) and whether a phone number may be assigned.
 */
public enum VoiceCapability {

    /** Carries Phone System and says so: listed {@code yes}, check {@code true}. */
    YES("yes", true),

    /** No voice: listed {@code no}, check {@code false}. */
    NO("no", false),

    /** Listed {@code maybe}; the check finds Phone System ({@code true}). */
    MAYBE_ELIGIBLE("maybe", true),

    /** Listed {@code maybe}; the check finds no Phone System ({@code false}). */
    MAYBE_NOT_ELIGIBLE("maybe", false);

    private final String listed;
    private final boolean eligible;

    VoiceCapability(String listed, boolean eligible) {
        this.listed = listed;
        this.eligible = eligible;
    }

    /**
     * The value the users list shows for a user whose best license is this one.
     *
     * @return {@code yes}, {@code no} or {@code maybe}
     */
    public String listed() {
        return listed;
    }

    /**
     * What the voice-enabled check answers.
     *
     * @return true when the license allows direct routing voice
     */
    public boolean eligible() {
        return eligible;
    }
}
