package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.DomainsApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The verified domains of the MS Teams tenant linked to a subscription (endpoint #18). Thread-safe.
 */
public interface DomainsApiAsync {

    /**
     * Lists the verified domains, e.g. to build user principal names. Requires
     * {@link FusionOperation#DOMAINS_LIST}'s role.
     *
     * @return the future of the domain names, possibly empty
     */
    CompletableFuture<List<String>> list();
}
