package io.teamsdr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The masking rules themselves, on texts shaped like the ones the APIs exchange. */
class RedactorTest {

    @Test
    void jsonSecretsAreMaskedWhereverTheyAreNested() {
        String json = "{\"username\":\"ops\",\"password\":\"p1\",\"auth\":{\"access_token\":\"a1\",\"refreshToken\":\"r1\","
                + "\"token\":12345},\"admins\":[{\"msPassword\":\"m1\"}],\"2fa_payload\":\"f1\",\"client_secret\":\"c1\","
                + "\"newPassword\":\"n1\",\"next\":\"page-2\"}";

        String masked = Redactor.json(json);

        assertThat(masked).doesNotContain("p1", "a1", "r1", "12345", "m1", "f1", "c1", "n1")
                .contains("\"username\":\"ops\"", "\"next\":\"page-2\"", "\"token\":\"***\"", "\"newPassword\":\"***\"");
    }

    @Test
    void escapedQuotesInsideASecretDoNotEndTheMaskEarly() {
        String masked = Redactor.json("{\"password\":\"a\\\"b\\\\\",\"x\":\"y\"}");

        assertThat(masked).isEqualTo("{\"password\":\"***\",\"x\":\"y\"}");
    }

    @Test
    void veryLongValuesDoNotOverflowTheStack() {
        String json = "{\"description\":\"" + "a\\\"b ".repeat(50_000) + "\",\"password\":\"hunter2\"}";

        assertThat(Redactor.json(json)).endsWith("\"password\":\"***\"}");
    }

    @Test
    void secretCutShortByACapIsMasked() {
        assertThat(Redactor.json("{\"a\":1,\"password\":\"hunt")).isEqualTo("{\"a\":1,\"password\":\"***\"");
        assertThat(Redactor.json("{\"password\":\"hunt\\")).doesNotContain("hunt");
    }

    @Test
    void csvPasswordColumnIsMaskedWithQuotingRespected() {
        String csv = "tenantId,sipUser,\"sipPassword\",did\r\n"
                + "1001,alice,pw-a,+3212345678\r\n"
                + "1001,\"bob, \"\"the builder\"\"\",pw-b,+3212345679\r\n"
                + "1002,\"carol\nsecond line\",\"pw,c\",+3212345670\r\n"
                + "\r\n"
                + "1003,dave,,+3212345671";

        String masked = Redactor.csv(csv);

        assertThat(masked).doesNotContain("pw-a", "pw-b", "pw,c")
                .isEqualTo("tenantId,sipUser,\"sipPassword\",did\r\n"
                        + "1001,alice,***,+3212345678\r\n"
                        + "1001,\"bob, \"\"the builder\"\"\",***,+3212345679\r\n"
                        + "1002,\"carol\nsecond line\",***,+3212345670\r\n"
                        + "\r\n"
                        + "1003,dave,,+3212345671");
    }

    @Test
    void everyPasswordColumnIsMasked() {
        assertThat(Redactor.csv("password,name,adminPassword\nx1,bob,x2\n")).isEqualTo("password,name,adminPassword\n***,bob,***\n");
    }

    @Test
    void csvWithoutSecretColumnIsUnchanged() {
        String csv = "tenantId,tenantName\n1001,\"Acme, Inc\"\n";
        assertThat(Redactor.csv(csv)).isEqualTo(csv);
        assertThat(Redactor.csv("")).isEmpty();
    }

    @Test
    void bodyIsRedactedByItsMediaType() {
        assertThat(Redactor.body("text/csv; charset=utf-8", "sipPassword\nsecret\n")).isEqualTo("sipPassword\n***\n");
        assertThat(Redactor.body("application/json", "{\"password\":\"s\"}")).isEqualTo("{\"password\":\"***\"}");
        assertThat(Redactor.body(null, "{\"password\":\"s\"}")).isEqualTo("{\"password\":\"***\"}");
    }

    @Test
    void queryValuesOutsideTheClientsAllowlistAreLoggedByLength() {
        assertThat(Redactor.query(List.of(Map.entry("page_size", "100"), Map.entry("search", "Thomas"),
                Map.entry("includeDraft", "true"), Map.entry("filters", "{\"country\":[\"BE\"]}")),
                Set.of("page_size", "includedraft")))
                .isEqualTo("page_size=100&search=<6 chars>&includeDraft=true&filters=<18 chars>");
    }
}
