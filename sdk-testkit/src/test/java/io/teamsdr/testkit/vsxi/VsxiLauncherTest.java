package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.LaunchedFake;
import io.teamsdr.testkit.StandaloneOptions;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VsxiLauncherTest {

    @Test
    void describesWhatAClientNeeds() {
        try (LaunchedFake fake = new VsxiLauncher().launch(StandaloneOptions.parse("--vsxi-port", "0"), Clock.systemUTC())) {
            Map<String, Object> described = fake.describe();
            assertThat(described).containsOnlyKeys("baseUrl", "username", "password");
            VsxiHttp http = new VsxiHttp(URI.create((String) described.get("baseUrl")),
                    (String) described.get("username"), (String) described.get("password"));
            assertThat(http.get("/teams/tenants").json().path("tenants")).hasSize(3);
        }
    }

    @Test
    void theEmptySeedHasNoData() {
        try (LaunchedFake fake = new VsxiLauncher().launch(StandaloneOptions.parse("--seed", "empty"), Clock.systemUTC())) {
            Map<String, Object> d = fake.describe();
            VsxiHttp http = new VsxiHttp(URI.create((String) d.get("baseUrl")), (String) d.get("username"),
                    (String) d.get("password"));
            assertThat(http.get("/teams/tenants").json().path("tenants")).isEmpty();
            assertThat(http.get("/teams/commits").json().path("commits")).isEmpty();
        }
    }
}
