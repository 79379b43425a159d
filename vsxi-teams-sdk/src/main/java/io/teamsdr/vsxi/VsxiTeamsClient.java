package io.teamsdr.vsxi;

import io.teamsdr.core.ClientBuilder;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.LogOptions;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.vsxi.async.VsxiTeamsClientAsync;
import io.teamsdr.vsxi.internal.ClientFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Client of the VSXi Teams Provisioning API of one SBC: the SBC tenants and SIP users of Teams
 * Direct Routing, changed through a draft transaction, with commit history and rollback.
 *
 * <pre>{@code
 * try (VsxiTeamsClient vsxi = VsxiTeamsClient.builder()
 *         .endpoint(URI.create("https://sbc.example.net:8888/SSConfig/webresources"))
 *         .credentials("api", () -> vault.read("sbc-api"))
 *         .trustPem(Path.of("sbc-ca.pem"))
 *         .build()) {
 *     try (Draft draft = vsxi.drafts().start()) {
 *         draft.upsertSbcTenants(Rows.of(tenants));
 *         draft.upsertSipUsers(Rows.fromCsv(Path.of("users.csv")));
 *         draft.commit("CHG-1234 onboarding");
 *     }
 *     List<Commit> history = vsxi.commits().list();
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one per SBC and share it. Closing it releases what it created (never an
 * injected {@code HttpClient} or executor). {@link #async()} gives the same reads and rollbacks
 * returning futures.
 */
public interface VsxiTeamsClient extends AutoCloseable {

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Starts, resumes or takes over the SBC's draft.
     *
     * @return the drafts
     */
    Drafts drafts();

    /**
     * Reads the SBC tenants.
     *
     * @return the SBC tenants
     */
    SbcTenants sbcTenants();

    /**
     * Reads the SIP users.
     *
     * @return the SIP users
     */
    SipUsers sipUsers();

    /**
     * Reads the commit history and rolls back.
     *
     * @return the commits
     */
    Commits commits();

    /**
     * Downloads the generated configuration package.
     *
     * @return the configuration
     */
    Configuration configuration();

    /**
     * Returns the asynchronous view of this client: the same resources, each method returning a
     * {@link java.util.concurrent.CompletableFuture} and failing it (never throwing) on bad input.
     * It shares this client's connections, credentials and options; it has no drafts, see
     * {@link Draft} for why.
     *
     * @return the async view
     */
    VsxiTeamsClientAsync async();

    /**
     * Returns a client that shares this one's connections and credentials and applies other options
     * (timeouts, retries, headers). Closing it does nothing.
     *
     * @param options the options laid over this client's
     * @return the derived client
     */
    VsxiTeamsClient withOptions(RequestOptions options);

    /** Releases what the client created; calls made afterwards fail. */
    @Override
    void close();

    /**
     * Builds a {@link VsxiTeamsClient}. The endpoint is the VSXi REST root, e.g.
     * {@code https://sbc.example.net:8888/SSConfig/webresources}; the {@code /teams/...} paths hang
     * below it. VSXi uses HTTP Basic authentication on every request.
     *
     * <p>Appliances often present a self-signed certificate: trust it (or its CA) with
     * {@link #trustPem(Path)} or an {@link #sslContext(javax.net.ssl.SSLContext)} of your own.
     * Certificate and host name checks cannot be switched off.
     */
    final class Builder extends ClientBuilder<Builder> {

        private Builder() {
            // The query values the VSXi API makes safe to log.
            super(LogOptions.none().allowQueryParams("includeDraft", "tenantIds"));
        }

        /**
         * Authenticates with HTTP Basic; the password is asked for before every request, so it can
         * rotate without rebuilding the client. Never logged.
         *
         * @param username the API user
         * @param password supplies the current password
         * @return this builder
         */
        public Builder credentials(String username, Supplier<String> password) {
            return credentials(Credentials.basic(username, password));
        }

        /**
         * Trusts exactly the certificates in a PEM file (the appliance's certificate or its CA) instead
         * of the JDK's default CAs.
         *
         * @param pem the PEM file with one or more {@code CERTIFICATE} blocks
         * @return this builder
         * @throws UncheckedIOException when the file cannot be read
         * @throws IllegalArgumentException when it holds no usable certificate
         */
        public Builder trustPem(Path pem) {
            Objects.requireNonNull(pem, "pem");
            try (InputStream in = Files.newInputStream(pem)) {
                return trustPem(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the PEM file " + pem, unreadable);
            }
        }

        /**
         * Trusts exactly the certificates in a PEM stream instead of the JDK's default CAs.
         *
         * @param pem the PEM text with one or more {@code CERTIFICATE} blocks; read, not closed
         * @return this builder
         * @throws UncheckedIOException when the stream cannot be read
         * @throws IllegalArgumentException when it holds no usable certificate
         */
        public Builder trustPem(InputStream pem) {
            Objects.requireNonNull(pem, "pem");
            try {
                return sslContext(ClientFactory.sslContextTrusting(pem));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the PEM", unreadable);
            }
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws NullPointerException when no endpoint was set
         */
        public VsxiTeamsClient build() {
            return ClientFactory.create(settings());
        }
    }
}
