package io.teamsdr.fusion;

import java.util.List;

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
}
