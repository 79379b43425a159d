package io.teamsdr.testkit.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"68.70.169.47", "0.0.0.0", "255.255.255.255", "::1", "::", "2001:db8::10",
        "fe80::1:2:3:4", "1:2:3:4:5:6:7:8", "::ffff:192.0.2.1", "1:2:3:4:5:6:192.0.2.1", "2001:DB8::A"})
    void acceptsIpLiterals(String ip) {
        assertThat(FieldRules.ipAddress(ip)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.x", "host.example.com",
        "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "::1.2.3", "fe80::1%eth0", " 1.2.3.4",
        "1:2:3:4:5:6:7:1.2.3.4"})
    void refusesAnythingElseAsIp(String ip) {
        assertThat(FieldRules.ipAddress(ip)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ms1.example.com", "a.b", "sip-1.teams.example.co.uk", "x1.example.io"})
    void acceptsFqdns(String fqdn) {
        assertThat(FieldRules.fqdn(fqdn)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com.", ".example.com", "-a.example.com", "a-.example.com",
        "a_b.example.com", "1.2.3.4", "a..b", "exa mple.com"})
    void refusesNonFqdns(String fqdn) {
        assertThat(FieldRules.fqdn(fqdn)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+18580001111", "+32", "+123456789012345"})
    void acceptsE164(String number) {
        assertThat(FieldRules.e164(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "18580001111", "+0123", "+1", "+1234567890123456", "+1 858", "+1-858"})
    void refusesNonE164(String number) {
        assertThat(FieldRules.e164(number)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "../etc", "a/b", "-lead", "a-name-far-longer-than-one-hundred-and-twenty-eight-characters-a-name-far-longer-than-one-hundred-and-twenty-eight-characters-and-more"})
    void idsNamesAndSipUsersNeedOnlyAValueAsTheDocumentStatesNoFormat(String value) {
        assertThat(FieldRules.id(value)).isEmpty();
        assertThat(FieldRules.text(value + "\tand a tab")).isEmpty();
        assertThat(FieldRules.sipUser(value)).isEmpty();
        assertThat(FieldRules.id("")).hasValue("required");
        assertThat(FieldRules.sipUser("")).hasValue("required");
    }
}
