package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.vsxi.VsxiTeamsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered in an instance field, the extension gives every test a server of its own. */
class PerTestExtensionTest {

    @RegisterExtension
    final FakeVsxiExtension vsxi = FakeVsxiExtension.builder().demoData().build();

    @Test
    void aServerRunsForThisTest(FakeVsxiServer server, VsxiTeamsClient client) {
        assertThat(server).isSameAs(vsxi.server());
        assertThat(client.sbcTenants().list()).hasSize(3);
        server.simulateForeignDraft();
    }

    @Test
    void andAnotherForThisOne() {
        assertThat(vsxi.server().activeDraftId()).isEmpty();
        assertThat(vsxi.client().commits().list()).hasSize(1);
    }
}
