package io.teamsdr.vsxi.async;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.vsxi.VsxiTeamsClient;

/**
 * The asynchronous view of a {@link VsxiTeamsClient} ({@code vsxi.async()}): the same resources
 * with the same methods, each returning a {@link java.util.concurrent.CompletableFuture}. A method
 * never throws: bad input, like any other failure, completes the future exceptionally with the
 * exception the synchronous method would throw.
 *
 * <p>There are no drafts here: a draft is an ordered transaction on the SBC's one shared draft, kept
 * synchronous on purpose (see {@link io.teamsdr.vsxi.Draft}); run it as one task on an executor of
 * your own when it must not block the caller.
 *
 * <p>The view shares the client's connections, credentials and options, and needs no closing: close
 * the client.
 */
public interface VsxiTeamsClientAsync {

    /**
     * Reads the SBC tenants.
     *
     * @return the SBC tenants
     */
    SbcTenantsAsync sbcTenants();

    /**
     * Reads the SIP users.
     *
     * @return the SIP users
     */
    SipUsersAsync sipUsers();

    /**
     * Reads the commit history and rolls back.
     *
     * @return the commits
     */
    CommitsAsync commits();

    /**
     * Downloads the generated configuration package.
     *
     * @return the configuration
     */
    ConfigurationAsync configuration();

    /**
     * Returns the async view of a client that applies other options (timeouts, retries, headers),
     * as {@link VsxiTeamsClient#withOptions(RequestOptions)} does.
     *
     * @param options the options laid over this client's
     * @return the derived async view
     */
    VsxiTeamsClientAsync withOptions(RequestOptions options);

    /**
     * Returns the synchronous client this view belongs to, e.g. to run a draft.
     *
     * @return the client
     */
    VsxiTeamsClient sync();
}
