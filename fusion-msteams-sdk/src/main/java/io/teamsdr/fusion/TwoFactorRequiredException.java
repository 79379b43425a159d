package io.teamsdr.fusion;

import io.teamsdr.core.TeamsdrException;
import java.util.Objects;

/**
 * A login needs a second factor. Nothing else was sent. Ask the user for the code and call
 * {@code e.challenge().complete(code, trustDevice)}; afterwards the same client works. To answer
 * challenges without catching this exception, build the credentials with
 * {@link FusionCredentials.Login#withTwoFactor(TwoFactorCodeProvider)}.
 */
public class TwoFactorRequiredException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final transient TwoFactorChallenge challenge;

    /**
     * Creates the exception.
     *
     * @param challenge what the server asked for
     */
    public TwoFactorRequiredException(TwoFactorChallenge challenge) {
        super("Fusion asks for a second login factor (" + Objects.requireNonNull(challenge, "challenge").option()
                + "): complete it with e.challenge().complete(code, trustDevice) or build the credentials "
                + "with FusionCredentials.login(...).withTwoFactor(...).");
        this.challenge = challenge;
    }

    /**
     * Returns the challenge to complete.
     *
     * @return the challenge
     */
    public TwoFactorChallenge challenge() {
        return challenge;
    }

    /**
     * Returns how the code is delivered.
     *
     * @return the option
     */
    public TwoFactorOption option() {
        return challenge.option();
    }
}
