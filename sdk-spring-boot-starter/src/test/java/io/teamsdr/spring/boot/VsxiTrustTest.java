package io.teamsdr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.teamsdr.core.TransportException;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * An SBC with a self-signed certificate (src/test/resources/tls, made with keytool for 127.0.0.1): the
 * client trusts it only through teamsdr.vsxi.trust-pem or an SSL bundle, never by default.
 */
class VsxiTrustTest {
    private static HttpsServer sbc;
    private static final List<String> PATHS = new CopyOnWriteArrayList<>();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TeamsdrVsxiAutoConfiguration.class, SslAutoConfiguration.class))
            .withPropertyValues("teamsdr.vsxi.endpoint=https://127.0.0.1:" + sbc.getAddress().getPort() + "/SSConfig/webresources",
                    "teamsdr.vsxi.username=api", "teamsdr.vsxi.password=secret", "teamsdr.vsxi.retry.enabled=false");

    @BeforeAll
    static void startSbc() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = VsxiTrustTest.class.getResourceAsStream("/tls/sbc.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        sbc = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sbc.setHttpsConfigurator(new HttpsConfigurator(tls));
        sbc.createContext("/", exchange -> {
            PATHS.add(exchange.getRequestURI().getPath());
            byte[] body = "{\"tenants\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        sbc.start();
    }

    @AfterAll
    static void stopSbc() {
        sbc.stop(0);
    }

    @Test
    void thePemOfTheSbcMakesItTrusted() {
        runner.withPropertyValues("teamsdr.vsxi.trust-pem=classpath:tls/sbc-cert.pem").run(context -> {
            assertThat(context.getBean(VsxiTeamsClient.class).sbcTenants().list()).isEmpty();
            assertThat(PATHS).contains("/SSConfig/webresources/teams/tenants");
        });
    }

    @Test
    void anSslBundleMakesItTrusted() {
        runner.withPropertyValues("spring.ssl.bundle.pem.sbc.truststore.certificate=classpath:tls/sbc-cert.pem",
                        "teamsdr.vsxi.ssl-bundle=sbc")
                .run(context -> assertThat(context.getBean(VsxiTeamsClient.class).sbcTenants().list()).isEmpty());
    }

    @Test
    void withoutTrustMaterialTheHandshakeFails() {
        PATHS.clear();
        runner.run(context -> assertThatThrownBy(() -> context.getBean(VsxiTeamsClient.class).sbcTenants().list())
                .isInstanceOf(TransportException.class)
                .hasCauseInstanceOf(javax.net.ssl.SSLHandshakeException.class));
        assertThat(PATHS).doesNotContain("/SSConfig/webresources/teams/tenants");
    }

    @Test
    void aPemAndABundleTogetherFailTheStart() {
        runner.withPropertyValues("teamsdr.vsxi.trust-pem=classpath:tls/sbc-cert.pem",
                        "spring.ssl.bundle.pem.sbc.truststore.certificate=classpath:tls/sbc-cert.pem",
                        "teamsdr.vsxi.ssl-bundle=sbc")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("teamsdr.vsxi.trust-pem").hasMessageContaining("teamsdr.vsxi.ssl-bundle"));
    }
}
