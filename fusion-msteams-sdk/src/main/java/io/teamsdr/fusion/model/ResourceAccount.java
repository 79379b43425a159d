package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * An MS Teams resource account (a call queue or auto attendant) as the list endpoint reports it:
 * the Microsoft side, enriched with the Fusion side when Fusion manages a phone number for it.
 *
 * @param msTeams the account as Microsoft holds it
 * @param draas the Fusion side, present when the account has a Fusion phone number
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceAccount(MsResourceAccount msTeams, Optional<FusionUser> draas) {

    /**
     * Normalizes an absent Fusion side to {@link Optional#empty()}.
     *
     * @throws NullPointerException when the Microsoft side is missing
     */
    public ResourceAccount {
        Objects.requireNonNull(msTeams, "msTeams");
        draas = Objects.requireNonNullElse(draas, Optional.empty());
    }

    /**
     * Returns the Azure AD object id, the id to modify, delete or wait for the account with.
     *
     * @return the object id
     */
    public String id() {
        return msTeams.id();
    }

    /**
     * Returns the Fusion sync status of the account's phone number.
     *
     * @return the status, empty when Fusion manages no number for the account
     */
    public Optional<FusionUserStatus> status() {
        return draas.flatMap(FusionUser::status);
    }

    /**
     * Tells whether Microsoft has finished applying the last creation or change: the account is
     * listed and its Fusion status, if any, is not {@linkplain FusionUserStatus#isInProgress() in
     * progress}. This is the condition {@code createAndWait} waits for.
     *
     * @return {@code true} when nothing is pending
     */
    public boolean isSettled() {
        return status().map(s -> !s.isInProgress()).orElse(true);
    }
}
