package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAndErrorsTest {

    @Test
    void catchesEachExceptionType() {
        CapturedOutput output = new CapturedOutput();
        RetryAndErrors.Result result;
        try (FakeFusionServer fake = FakeFusionServer.builder().start()) {
            result = RetryAndErrors.run(output.stream(), fake);
            assertThat(fake.faults().rules()).as("faults cleared").isEmpty();
        }

        assertThat(result.outcomes()).containsExactly(
                entry("503 with Retry-After, then recovery", null),
                entry("503 that persists", ServerException.class),
                entry("429 Too Many Requests", RateLimitedException.class),
                entry("the next call after a 429", null),
                entry("404 unknown user", NotFoundException.class),
                entry("400 number already in use", BadRequestException.class),
                entry("invalid input", ValidationException.class),
                entry("timeout", TransportException.class),
                entry("403 with a read-only token", ForbiddenException.class),
                entry("401 with a revoked token", UnauthorizedException.class));
        assertThat(output.lines()).contains(
                "  ok: answered after 3 requests: tenant onboarded",
                "  -> fix the input, nothing was sent: pageSize, group, locations[0]",
                "  -> slow down: the server asked for a pause of PT1S after 2 attempts (the whole client paused meanwhile)",
                "  -> timed out: the request may still have been applied; check before sending a write again",
                "  -> Fusion refused it (code 2023): tell the user why, do not retry");
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("  -> the platform failed after 4 attempts: retry later, quote request id "));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("  -> ask the operator to grant the role '").endsWith("phone_number.update'"));
        // The waits the SDK chose: the Retry-After of the answers, not a computed backoff.
        assertThat(section(output.lines(), "== 503 with Retry-After, then recovery"))
                .containsExactly("      (the SDK waits 1000 ms)", "      (the SDK waits 1000 ms)",
                        "  ok: answered after 3 requests: tenant onboarded");
        assertThat(section(output.lines(), "== 429 Too Many Requests")).first()
                .isEqualTo("      (the SDK waits 1000 ms)");
    }

    /** The lines of one scenario, between its heading and the next blank line. */
    private static List<String> section(List<String> lines, String heading) {
        List<String> rest = lines.subList(lines.indexOf(heading) + 1, lines.size());
        int end = rest.indexOf("");
        return end < 0 ? rest : rest.subList(0, end);
    }

    private static Map.Entry<String, Optional<Class<? extends TeamsdrException>>> entry(
            String scenario, Class<? extends TeamsdrException> type) {
        return Map.entry(scenario, Optional.ofNullable(type));
    }
}
