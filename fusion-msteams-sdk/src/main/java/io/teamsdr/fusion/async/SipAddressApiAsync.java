package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.SipAddressApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The SIP addresses of MS Teams users (endpoint #28). Thread-safe.
 */
public interface SipAddressApiAsync {

    /**
     * Reads a user's SIP address. Requires {@link FusionOperation#USER_SIP_ADDRESS_GET}'s role.
     * <p>The future fails with a {@link io.teamsdr.core.NotFoundException} when the user does not exist.
     * <p>The future fails with a {@link io.teamsdr.core.ValidationException} when the id is not an Azure AD object id.
     *
     * @param userId the user's Azure AD object id
     * @return the future of the SIP address, e.g. {@code sip:thomas.anderson@contoso.com}
     */
    CompletableFuture<String> get(String userId);
}
