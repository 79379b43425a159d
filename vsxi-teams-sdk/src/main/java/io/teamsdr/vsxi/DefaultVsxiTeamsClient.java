package io.teamsdr.vsxi;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import java.util.Objects;

/** The {@link VsxiTeamsClient}: resources over one transport. */
final class DefaultVsxiTeamsClient implements VsxiTeamsClient {
    private final Transport transport;
    private final Drafts drafts;
    private final Tenants tenants;
    private final Users users;
    private final Commits commits;
    private final Configuration configuration;

    DefaultVsxiTeamsClient(Transport transport) {
        this.transport = transport;
        this.drafts = new DefaultDrafts(transport);
        this.tenants = new DefaultTenants(transport);
        this.users = new DefaultUsers(transport);
        this.commits = new DefaultCommits(transport);
        this.configuration = new DefaultConfiguration(transport);
    }

    @Override
    public Drafts drafts() {
        return drafts;
    }

    @Override
    public Tenants tenants() {
        return tenants;
    }

    @Override
    public Users users() {
        return users;
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
