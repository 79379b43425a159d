package io.teamsdr.fusion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The single place that spells the {@code filters} query parameter. */
class FilterParamTest {

    @Test
    void encodesTheConditionsAsOneJsonObjectInTheOrderAdded() {
        assertThat(FilterParam.builder()
                .values("country", List.of("BE", "NL"))
                .yesNo("have_number", true)
                .value("is_voice_enabled", "maybe")
                .encode())
                .contains("{\"country\":[\"BE\",\"NL\"],\"have_number\":\"yes\",\"is_voice_enabled\":\"maybe\"}");
    }

    @Test
    void leavesOutUnsetConditionsAndSendsNothingWithoutAny() {
        assertThat(FilterParam.builder().values("country", List.of()).yesNo("have_number", null)
                .value("type", null).encode()).isEmpty();
        RequestSpec spec = FilterParam.builder().value("type", null)
                .applyTo(RequestSpec.builder(HttpMethod.GET, "/x")).build();
        assertThat(spec.query()).isEmpty();
    }

    @Test
    void addsOneFiltersParameterThatTheSpecPercentEncodes() {
        RequestSpec spec = FilterParam.builder().yesNo("have_number", false).value("type", "a\"b&c")
                .applyTo(RequestSpec.builder(HttpMethod.GET, "/x").query("refresh", true)).build();

        assertThat(spec.query()).containsExactly(Map.entry("refresh", "true"),
                Map.entry("filters", "{\"have_number\":\"no\",\"type\":\"a\\\"b&c\"}"));
        assertThat(spec.encodedQuery()).isEqualTo(
                "refresh=true&filters=%7B%22have_number%22%3A%22no%22%2C%22type%22%3A%22a%5C%22b%26c%22%7D");
    }

    @Test
    void spellsBooleansAsYesAndNo() {
        assertThat(FilterParam.yesNo(true)).isEqualTo("yes");
        assertThat(FilterParam.yesNo(false)).isEqualTo("no");
    }
}
