package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ClientSettings;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.IOException;
import java.io.InputStream;
import javax.net.ssl.SSLContext;

/**
 * What {@link VsxiTeamsClient.Builder} needs from the implementation; the one public type of this
 * package. Not API.
 */
public final class ClientFactory {
    private ClientFactory() {
    }

    /**
     * Creates a client over a new transport.
     *
     * @param settings the builder's settings
     * @return the client
     */
    public static VsxiTeamsClient create(ClientSettings settings) {
        return new DefaultVsxiTeamsClient(Transport.create(settings));
    }

    /**
     * Builds a TLS context trusting exactly the certificates of a PEM stream.
     *
     * @param pem one or more PEM {@code CERTIFICATE} blocks; read to its end, not closed
     * @return the context
     * @throws IllegalArgumentException when the stream holds no usable certificate
     * @throws IOException when reading fails
     */
    public static SSLContext sslContextTrusting(InputStream pem) throws IOException {
        return PemTrust.sslContext(pem);
    }
}
