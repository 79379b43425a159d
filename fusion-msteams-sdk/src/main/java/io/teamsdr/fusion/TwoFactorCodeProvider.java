package io.teamsdr.fusion;

import org.jspecify.annotations.Nullable;

/**
 * Answers two-factor challenges during login, e.g. by prompting the user or reading an
 * authenticator's secret. Called while the login that needs the code is in progress.
 */
@FunctionalInterface
public interface TwoFactorCodeProvider {

    /**
     * Returns the code for a challenge.
     *
     * @param option how Fusion delivered the code
     * @return the code; {@code null} or blank to give up, which raises a {@link TwoFactorRequiredException}
     */
    @Nullable String code(TwoFactorOption option);
}
