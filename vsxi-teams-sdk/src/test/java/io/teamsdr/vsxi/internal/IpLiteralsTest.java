package io.teamsdr.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    @ParameterizedTest
    @ValueSource(strings = {"68.70.169.47", "0.0.0.0", "255.255.255.255", "10.0.0.1"})
    void ipv4LiteralsAreAccepted(String text) {
        assertThat(IpLiterals.isIpv4(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.", "a.b.c.d", "1.2.3.4 ", "", "١.2.3.4"})
    void otherTextIsNotIpv4(String text) {
        assertThat(IpLiterals.isIpv4(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "::", "::1", "1::", "fe80::1:2:3:4", "2001:0db8:0000:0000:0000:ff00:0042:8329",
            "::ffff:192.0.2.1", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:1.2.3.4", "ABCD:EF01::"})
    void ipv6LiteralsAreAccepted(String text) {
        assertThat(IpLiterals.isIpv6(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", ":1", "1:", "12345::", "g::1",
            "1.2.3.4::", "::1.2.3", "[::1]", "fe80::1%eth0", "sbc.example.com", "abc", "1:2:3:4:5:6:7:1.2.3.4"})
    void otherTextIsNotIpv6(String text) {
        assertThat(IpLiterals.isIpv6(text)).isFalse();
    }
}
