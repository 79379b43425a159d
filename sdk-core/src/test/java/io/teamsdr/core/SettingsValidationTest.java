package io.teamsdr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.testing.TestClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in settings and value types are refused when they are made, with a message that says why. */
class SettingsValidationTest {

    @Test
    void endpointMustBeAPlainHttpUri() {
        TestClient.Builder builder = TestClient.builder();
        assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://admin:s3cret@host"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http or https").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> builder.endpoint(URI.create("https://user:pw@host"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> builder.endpoint(URI.create("https://host/api?token=x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class).hasMessageContaining("endpoint(URI)");
    }

    @Test
    void timeoutsMustBePositiveAndSuffixPrintable() {
        TestClient.Builder builder = TestClient.builder();
        assertThatThrownBy(() -> builder.responseTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.callTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.userAgentSuffix("app\r\nX-Evil: 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryOptionsAreValidated() {
        assertThatThrownBy(() -> RetryOptions.defaults().withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryOptions.defaults().withJitter(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryOptions.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryOptions.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryOptions.defaults().retryStatuses()).containsExactlyInAnyOrder(408, 429, 502, 503, 504);
    }

    @Test
    void fieldUpdateHasThreeDistinctStates() {
        assertThat(FieldUpdate.<String>unchanged().isUnchanged()).isTrue();
        assertThat(FieldUpdate.set("x").value()).contains("x");
        assertThat(FieldUpdate.<String>clear().isCleared()).isTrue();
        assertThat(FieldUpdate.<String>setOrClear(null)).isEqualTo(FieldUpdate.clear());
        assertThat(FieldUpdate.setOrClear("y")).isEqualTo(FieldUpdate.set("y"));
        assertThatThrownBy(() -> FieldUpdate.set(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("clear()");
    }

    @Test
    void validationExceptionNeedsAViolation() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
