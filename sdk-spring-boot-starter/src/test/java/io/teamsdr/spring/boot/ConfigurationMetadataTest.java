package io.teamsdr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an IDE reads to complete the keys: every key described, defaults given. */
class ConfigurationMetadataTest {

    @Test
    void everyKeyIsDescribedAndTheSdkDefaultsAreShown() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
                properties.put(property.get("name").asText(), property);
            }
        }

        assertThat(properties).containsKeys("teamsdr.fusion.endpoint", "teamsdr.fusion.token", "teamsdr.fusion.username",
                "teamsdr.fusion.password", "teamsdr.fusion.subscription.tenant-uuid", "teamsdr.fusion.ssl-bundle",
                "teamsdr.vsxi.endpoint", "teamsdr.vsxi.username", "teamsdr.vsxi.password", "teamsdr.vsxi.trust-pem",
                "teamsdr.vsxi.ssl-bundle", "teamsdr.vsxi.max-concurrent-requests", "teamsdr.vsxi.retry.max-attempts",
                "teamsdr.fusion.health.slow-threshold", "teamsdr.observations.enabled", "management.health.teamsdr.enabled");
        assertThat(properties.values()).allSatisfy(property ->
                assertThat(property.path("description").asText()).as(property.get("name").asText()).isNotBlank());
        assertThat(properties.get("teamsdr.fusion.call-timeout").get("defaultValue").asText()).isEqualTo("2m");
        assertThat(properties.get("teamsdr.vsxi.max-concurrent-requests").get("defaultValue").asInt()).isEqualTo(64);
        assertThat(properties.get("teamsdr.fusion.retry.max-attempts").get("defaultValue").asInt()).isEqualTo(3);
    }
}
