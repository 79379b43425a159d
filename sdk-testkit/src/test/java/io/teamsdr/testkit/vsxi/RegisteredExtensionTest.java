package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.SbcTenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with its builder: custom seed and client options, reset per test. */
class RegisteredExtensionTest {

    @RegisterExtension
    static final FakeVsxiExtension VSXI = FakeVsxiExtension.builder()
            .seed(s -> s.pbx("777").servicePort("9")
                    .tenant("5001", t -> t.name("Only").microsoftFqdn("only.example.com").localIp("198.51.100.1")
                            .did("+15550500100").pbxId("777").spId("9"))
                    .commit("Seeded"))
            .server(b -> b.credentials("api", "api-password"))
            .client(c -> c.callTimeout(Duration.ofSeconds(30)))
            .build();

    @RepeatedTest(2)
    void everyTestStartsFromTheSeed() {
        VsxiTeamsClient vsxi = VSXI.client();
        assertThat(vsxi.sbcTenants().list()).extracting(ProvisionedSbcTenant::tenantId).containsExactly("5001");
        assertThat(vsxi.commits().list()).hasSize(1);
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertSbcTenants(Rows.of(List.of(SbcTenant.builder().tenantId("5002").tenantName("Second")
                    .microsoftFqdn("second.example.com").localIp("198.51.100.2").did("+15550500200")
                    .pbxId("777").spId("9").build())));
            draft.commit("Second tenant");
        }
        assertThat(VSXI.server().tenantIds()).containsExactly("5001", "5002");
    }

    @Test
    void usesTheConfiguredCredentials(FakeVsxiServer server) {
        assertThat(server).isSameAs(VSXI.server());
        assertThat(server.username()).isEqualTo("api");
        assertThat(server.password()).isEqualTo("api-password");
        assertThat(server.journal().size()).isZero();
    }
}
