package io.teamsdr.vsxi.internal;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.async.CommitsAsync;
import io.teamsdr.vsxi.async.ConfigurationAsync;
import io.teamsdr.vsxi.async.SbcTenantsAsync;
import io.teamsdr.vsxi.async.SipUsersAsync;
import io.teamsdr.vsxi.async.VsxiTeamsClientAsync;

/**
 * The async view of a {@link DefaultVsxiTeamsClient}, over the same endpoint descriptions. Its
 * resources hold nothing but those, so they are made on demand.
 *
 * @param sync the client whose view this is
 * @param endpoints the client's endpoint descriptions
 */
record DefaultVsxiTeamsClientAsync(VsxiTeamsClient sync, VsxiEndpoints endpoints) implements VsxiTeamsClientAsync {

    @Override
    public SbcTenantsAsync sbcTenants() {
        return new DefaultSbcTenantsAsync(endpoints);
    }

    @Override
    public SipUsersAsync sipUsers() {
        return new DefaultSipUsersAsync(endpoints);
    }

    @Override
    public CommitsAsync commits() {
        return new DefaultCommitsAsync(endpoints);
    }

    @Override
    public ConfigurationAsync configuration() {
        return new DefaultConfigurationAsync(endpoints);
    }

    @Override
    public VsxiTeamsClientAsync withOptions(RequestOptions options) {
        return sync.withOptions(options).async();
    }

    @Override
    public String toString() {
        return sync + ".async()";
    }
}
