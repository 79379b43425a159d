package io.teamsdr.provisioning;

import java.util.Objects;
import java.util.Optional;

/**
 * A resource account (call queue or auto attendant) the customer should have on Fusion. A missing
 * one is created, and the apply waits until Microsoft has created it; an existing one whose kind,
 * display name, location or number differs is modified. Resource accounts the desired state does not
 * list are never deleted. They get no SIP user on the SBC.
 *
 * <p>Values are not checked when the record is made; {@link DesiredState.Builder#build()} checks
 * them.
 *
 * @param upn the account's user principal name, e.g. {@code support.queue@contoso.onmicrosoft.com}
 * @param kind call queue or auto attendant
 * @param displayName the display name (required by Fusion to create the account)
 * @param location the ISO 3166-1 alpha-2 location (required by Fusion to create the account)
 * @param number the E.164 number; empty for an account without a number
 */
public record ResourceAccountSpec(String upn, ResourceAccountKind kind, String displayName, String location,
                                  Optional<String> number) {

    /** Normalizes an absent number to an empty optional. */
    public ResourceAccountSpec {
        number = Objects.requireNonNullElse(number, Optional.empty());
    }

    /**
     * Describes a resource account.
     *
     * @param upn the user principal name
     * @param kind call queue or auto attendant
     * @param displayName the display name
     * @param location the ISO 3166-1 alpha-2 location
     * @param number the E.164 number, or {@code null} for none
     * @return the account
     */
    public static ResourceAccountSpec of(String upn, ResourceAccountKind kind, String displayName, String location,
                                         String number) {
        return new ResourceAccountSpec(upn, kind, displayName, location, Optional.ofNullable(number));
    }
}
