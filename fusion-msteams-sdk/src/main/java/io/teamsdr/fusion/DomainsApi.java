package io.teamsdr.fusion;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The verified domains of the MS Teams tenant linked to a subscription (endpoint #18). Thread-safe.
 */
public interface DomainsApi {

    /**
     * Lists the verified domains, e.g. to build user principal names. Requires
     * {@link FusionOperation#DOMAINS_LIST}'s role.
     *
     * @return the domain names, possibly empty
     */
    List<String> list();

    /**
     * Lists the verified domains without blocking; see {@link #list()}.
     *
     * @return the future domain names
     */
    CompletableFuture<List<String>> listAsync();
}
