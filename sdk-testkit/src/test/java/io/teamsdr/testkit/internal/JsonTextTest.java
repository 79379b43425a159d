package io.teamsdr.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Hand-written JSON string literals read back as the strings they quote. */
class JsonTextTest {

    @Test
    void quotedStringsReadBackUnchanged() {
        for (String value : new String[] {"", "plain", "quote \" and backslash \\", "tab\tnew\nline\r", "\u0001\u001f",
            "Zoë Ünal <zoe@contoso.example>"}) {
            JsonNode parsed = Json.parse("{\"v\":" + JsonText.quote(value) + "}");
            assertThat(parsed.path("v").asText()).isEqualTo(value);
        }
    }
}
