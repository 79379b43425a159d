package io.teamsdr.vsxi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds a TLS context that trusts exactly the certificates of a PEM file: an appliance's
 * self-signed certificate or the CA that signed it. Certificate path and host name checks stay on;
 * there is deliberately no way to trust everything.
 */
final class PemTrust {
    private PemTrust() {
    }

    /**
     * Builds the context.
     *
     * @param pem one or more PEM {@code CERTIFICATE} blocks; read to its end, not closed
     * @return a TLS context trusting only those certificates
     * @throws IllegalArgumentException when the stream holds no certificate
     * @throws IOException when reading fails
     */
    static SSLContext sslContext(InputStream pem) throws IOException {
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(pem);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("the PEM holds no certificate");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("the PEM is not a usable X.509 certificate: " + unusable.getMessage(), unusable);
        }
    }
}
