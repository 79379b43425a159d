package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * An MS Teams user: its Microsoft properties, enriched with Fusion's data when Fusion manages a
 * phone number for it.
 *
 * @param msTeams the Microsoft side
 * @param draas the Fusion side, present when the user is voice enabled on Fusion
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TeamsUser(MsTeamsUser msTeams, Optional<FusionUser> draas) {

    /** Normalizes an absent Fusion side to an empty optional. */
    public TeamsUser {
        Objects.requireNonNull(msTeams, "msTeams");
        draas = Objects.requireNonNullElse(draas, Optional.empty());
    }

    /**
     * Returns the Azure AD object id, the id every user operation takes.
     *
     * @return the id
     */
    public String id() {
        return msTeams.id();
    }

    /**
     * Returns the phone number Fusion assigned to the user.
     *
     * @return the E.164 number, empty when Fusion manages none
     */
    public Optional<String> phoneNumber() {
        return draas.flatMap(FusionUser::phoneNumber);
    }
}
