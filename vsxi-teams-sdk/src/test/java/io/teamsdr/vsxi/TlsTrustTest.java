package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TransportException;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An appliance with a self-signed certificate is reached by trusting that certificate, and only it. */
class TlsTrustTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .dynamicHttpsPort()
            .keystorePath(resource("tls/sbc.p12").toString())
            .keystoreType("PKCS12")
            .keystorePassword("changeit")
            .keyManagerPassword("changeit")).build();

    private static Path resource(String name) {
        try {
            return Path.of(TlsTrustTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static VsxiTeamsClient.Builder httpsClient() {
        return Vsxi.client(server).retry(RetryOptions.none())
                .endpoint(URI.create("https://localhost:" + server.getHttpsPort() + Vsxi.ROOT));
    }

    @BeforeEach
    void stub() {
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": [{\"session\": \"s-1\"}]}")));
    }

    @Test
    void theAppliancesOwnCertificateIsTrustedFromAPemFile() {
        try (VsxiTeamsClient vsxi = httpsClient().trustPem(resource("tls/sbc.pem")).build()) {
            assertThat(vsxi.commits().list()).hasSize(1);
        }
    }

    @Test
    void aPemStreamWorksAsWell() throws Exception {
        try (InputStream pem = java.nio.file.Files.newInputStream(resource("tls/sbc.pem"));
             VsxiTeamsClient vsxi = httpsClient().trustPem(pem).build()) {
            assertThat(vsxi.commits().list()).hasSize(1);
        }
    }

    @Test
    void withoutTrustMaterialTheSelfSignedCertificateIsRefused() {
        try (VsxiTeamsClient vsxi = httpsClient().build()) {
            TransportException failure = catchThrowableOfType(TransportException.class, () -> vsxi.commits().list());

            assertThat(failure).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        }
    }

    @Test
    void trustingAnotherCertificateDoesNotLetThisOneThrough() {
        try (VsxiTeamsClient vsxi = httpsClient().trustPem(resource("tls/other.pem")).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class, () -> vsxi.commits().list());

            assertThat(failure).hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aPemWithoutCertificateIsRefusedWhenBuilding() {
        InputStream notPem = new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> httpsClient().trustPem(notPem)).isInstanceOf(IllegalArgumentException.class);
    }
}
