package io.teamsdr.vsxi.internal;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.Commits;
import io.teamsdr.vsxi.Configuration;
import io.teamsdr.vsxi.Drafts;
import io.teamsdr.vsxi.SbcTenants;
import io.teamsdr.vsxi.SipUsers;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.async.VsxiTeamsClientAsync;
import java.util.Objects;

/** The {@link VsxiTeamsClient}: resources over one transport, and its async view over the same. */
final class DefaultVsxiTeamsClient implements VsxiTeamsClient {
    private final Transport transport;
    private final Drafts drafts;
    private final SbcTenants sbcTenants;
    private final SipUsers sipUsers;
    private final Commits commits;
    private final Configuration configuration;
    private final VsxiTeamsClientAsync async;

    DefaultVsxiTeamsClient(Transport transport) {
        VsxiEndpoints endpoints = new VsxiEndpoints(transport);
        this.transport = transport;
        this.drafts = new DefaultDrafts(endpoints);
        this.sbcTenants = new DefaultSbcTenants(endpoints);
        this.sipUsers = new DefaultSipUsers(endpoints);
        this.commits = new DefaultCommits(endpoints);
        this.configuration = new DefaultConfiguration(endpoints);
        this.async = new DefaultVsxiTeamsClientAsync(this, endpoints);
    }

    @Override
    public Drafts drafts() {
        return drafts;
    }

    @Override
    public SbcTenants sbcTenants() {
        return sbcTenants;
    }

    @Override
    public SipUsers sipUsers() {
        return sipUsers;
    }

    @Override
    public Commits commits() {
        return commits;
    }

    @Override
    public Configuration configuration() {
        return configuration;
    }

    @Override
    public VsxiTeamsClientAsync async() {
        return async;
    }

    @Override
    public VsxiTeamsClient withOptions(RequestOptions options) {
        return new DefaultVsxiTeamsClient(transport.withOptions(Objects.requireNonNull(options, "options")));
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "VsxiTeamsClient[" + transport.settings().endpoint() + "]";
    }
}
