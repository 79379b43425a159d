package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.DecodingException;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading the SBC's ZIPs: entries in order, directories skipped, a body that is no ZIP refused. */
class PackagesTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void directoriesAreSkippedAndFilesKeepTheirOrder() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("smc/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("smc/b.cfg"));
            zip.write("b".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("smc/a.cfg"));
            zip.write("ä".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ConfigurationPackage config = ConfigurationPackage.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(config.entries()).extracting(e -> e.name()).containsExactly("smc/b.cfg", "smc/a.cfg");
        assertThat(config.entry("smc/a.cfg")).map(e -> e.text()).contains("ä");
        assertThat(config.entry("smc/a.cfg")).map(e -> e.size()).contains(2);
        assertThat(config.entry("missing")).isEmpty();
    }

    @Test
    void anEmptyBodyIsAnEmptyPackage() {
        server.stubFor(get(urlPathEqualTo(path("/teams/smcFiles"))).willReturn(aResponse().withStatus(200)));
        try (VsxiTeamsClient vsxi = Vsxi.client(server).build()) {
            assertThat(vsxi.configuration().read(ConfigView.COMMITTED).entries()).isEmpty();
        }
    }

    @Test
    void aBodyThatIsNoZipIsADecodingFailure() {
        server.stubFor(get(urlPathEqualTo(path("/teams/smcFiles"))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>login page</html>")));
        try (VsxiTeamsClient vsxi = Vsxi.client(server).build()) {
            assertThatThrownBy(() -> vsxi.configuration().read(ConfigView.WITH_DRAFT)).isInstanceOf(DecodingException.class)
                    .hasMessageContaining("GET /teams/smcFiles").hasMessageContaining("not a ZIP");
        }
    }

    @Test
    void aDiffThatIsNoZipIsRefused() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{}")));
        server.stubFor(get(path("/teams/draft/diff")).willReturn(aResponse().withStatus(200).withBody("nope")));
        try (VsxiTeamsClient vsxi = Vsxi.client(server).build()) {
            Draft draft = vsxi.drafts().start();
            assertThatThrownBy(draft::diff).isInstanceOf(DecodingException.class)
                    .hasMessageContaining("GET /teams/draft/diff").hasMessageContaining("not a ZIP");
        }
    }

    @Test
    void anEmptyZipIsAnEmptyChangeSet() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ZipOutputStream(bytes).close();

        ChangeSet changes = ChangeSet.of(bytes.toByteArray());

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.zipSize()).isEqualTo(bytes.size());
    }
}
