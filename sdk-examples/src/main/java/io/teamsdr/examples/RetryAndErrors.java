package io.teamsdr.examples;

import io.teamsdr.core.ApiException;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.RateLimitOptions;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.Sleeper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantStatus;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionRoles;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Retries, rate limits and every kind of failure, provoked on purpose with the embedded fake's fault
 * injection (so this example always runs on the fake): a 503 with {@code Retry-After} that the SDK
 * retries away, a 503 that persists, a 429, a 404, a 403 with a read-only token, a 401 with a
 * revoked token, a business rule refused with a 400, input rejected before sending, and a timeout.
 * {@link #advice(TeamsdrException)} shows how an application can handle them all in one place.
 */
public final class RetryAndErrors {
    private static final String ERROR_BODY = "{\"error\":{\"code\":%d,\"reason\":\"%s\"}}";

    private RetryAndErrors() {
    }

    /**
     * What each scenario ended with.
     *
     * @param outcomes scenario name to the exception type caught, empty when the call succeeded
     */
    public record Result(Map<String, Optional<Class<? extends TeamsdrException>>> outcomes) {
        /** Copies the map, keeping its order. */
        public Result {
            outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        }
    }

    /**
     * Runs the example on an embedded fake.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (FakeFusionServer fake = FakeFusionServer.builder().start()) {
            run(out, fake);
        }
    }

    /**
     * Provokes each failure and shows how it is reported.
     *
     * @param out where to print
     * @param fake the fake to inject faults into; its faults are cleared afterwards
     * @return the outcome of each scenario
     */
    public static Result run(PrintStream out, FakeFusionServer fake) {
        Subscription subscription = Subscription.of(fake.draasInstance(), fake.tenantUuid(), fake.subscriptionId());
        String statusPath = fake.subscriptionPath() + "/msteams/status";
        // Shows each wait before spending it; your own tests can inject a sleeper that only records.
        AtomicLong waited = new AtomicLong();
        Sleeper visible = wait -> {
            out.println("      (the SDK waits " + wait.toMillis() + " ms)");
            waited.addAndGet(wait.toMillis());
            Sleeper.system().sleep(wait);
        };
        RetryOptions retry = RetryOptions.defaults()
                .withMaxAttempts(4)
                .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .withMaxRetryAfter(Duration.ofSeconds(5));
        Map<String, Optional<Class<? extends TeamsdrException>>> outcomes = new LinkedHashMap<>();
        try (FusionClient fusion = FusionClient.builder()
                .endpoint(fake.baseUrl())
                .credentials(FusionCredentials.token(fake.adminToken()))
                .connectTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(30))
                .retry(retry)
                .rateLimit(RateLimitOptions.perSecond(20))
                .sleeper(visible)
                .build()) {
            out.println("Client settings: " + retry.maxAttempts() + " attempts, backoff " + retry.initialBackoff().toMillis()
                    + " ms doubling up to " + retry.maxBackoff().toSeconds() + " s with jitter, Retry-After honoured up to "
                    + retry.maxRetryAfter().toSeconds() + " s, retried statuses " + retry.retryStatuses().stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(",")) + "; at most 20 requests per second;"
                    + " timeouts: connect 5 s, response 10 s, call 30 s");
            MsTeams teams = fusion.msTeams(subscription);

            scenario(out, fake, outcomes, "503 with Retry-After, then recovery", () -> {
                fake.faults().on("GET", statusPath).times(2).respond(503, String.format(ERROR_BODY, 503, "Maintenance"))
                        .retryAfter(Duration.ofSeconds(1));
                int before = fake.journal().requests("GET", statusPath).size();
                TenantStatus status = teams.status().get();
                return "answered after " + (fake.journal().requests("GET", statusPath).size() - before)
                        + " requests: tenant " + status.status();
            });
            scenario(out, fake, outcomes, "503 that persists", () -> {
                fake.faults().on("GET", statusPath).always().respond(503, String.format(ERROR_BODY, 503, "Down"));
                return "unexpected: " + teams.status().get();
            });
            scenario(out, fake, outcomes, "429 Too Many Requests", () -> {
                fake.faults().on("GET", statusPath).always().respond(429, String.format(ERROR_BODY, 429, "Slow down"))
                        .retryAfter(Duration.ofSeconds(1));
                // Two attempts only, for this call: withOptions derives a client sharing connections and pause.
                MsTeams impatient = fusion.withOptions(RequestOptions.builder().retry(retry.withMaxAttempts(2)).build())
                        .msTeams(subscription);
                return "unexpected: " + impatient.status().get();
            });
            scenario(out, fake, outcomes, "the next call after a 429", () -> {
                long before = waited.get();
                TenantStatus status = teams.status().get();
                long pause = waited.get() - before;
                return "tenant " + status.status() + (pause > 0 ? "; first the client waited out the " + pause
                        + " ms left of the server's pause" : "; the server's pause was already over");
            });
            scenario(out, fake, outcomes, "404 unknown user", () -> "unexpected: " + teams.users().get(UUID.randomUUID().toString()));
            scenario(out, fake, outcomes, "400 number already in use", () -> {
                String john = fake.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow();
                teams.users().setPhoneNumber(john, FusionDemo.THOMAS_NUMBER);
                return "unexpected: the number was assigned twice";
            });
            scenario(out, fake, outcomes, "invalid input", () -> "unexpected: " + UserQuery.builder().pageSize(5000)
                    .locations("Belgium").group("sales-team").build());
            scenario(out, fake, outcomes, "timeout", () -> {
                fake.faults().on("GET", statusPath).times(1).delay(Duration.ofSeconds(2));
                MsTeams hasty = fusion.withOptions(RequestOptions.builder().responseTimeout(Duration.ofMillis(500))
                        .retry(RetryOptions.none()).build()).msTeams(subscription);
                return "unexpected: " + hasty.status().get();
            });
        }
        try (FusionClient reader = FusionClient.builder().endpoint(fake.baseUrl())
                .credentials(FusionCredentials.token(fake.readOnlyToken())).build()) {
            scenario(out, fake, outcomes, "403 with a read-only token", () -> {
                String thomas = fake.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
                reader.msTeams(subscription).users().releasePhoneNumber(thomas);
                return "unexpected: a read-only token released a number";
            });
        }
        String revoked = fake.mintToken(FusionRoles.ALL, null);
        fake.revokeToken(revoked);
        try (FusionClient stale = FusionClient.builder().endpoint(fake.baseUrl())
                .credentials(FusionCredentials.token(revoked)).build()) {
            scenario(out, fake, outcomes, "401 with a revoked token", () -> "unexpected: " + stale.msTeams(subscription).status().get());
        }
        return new Result(outcomes);
    }

    /** Runs one scenario and prints how it ended; the fake's fault rules are cleared after each. */
    private static void scenario(PrintStream out, FakeFusionServer fake,
                                 Map<String, Optional<Class<? extends TeamsdrException>>> outcomes,
                                 String name, Supplier<String> call) {
        out.println();
        out.println("== " + name);
        try {
            out.println("  ok: " + call.get());
            outcomes.put(name, Optional.empty());
        } catch (TeamsdrException failure) {
            out.println("  caught " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
            out.println("  -> " + advice(failure));
            outcomes.put(name, Optional.of(failure.getClass()));
        } finally {
            fake.faults().clear();
        }
    }

    /**
     * What an application should do about a failure: one place that handles every SDK exception,
     * most specific type first.
     *
     * @param failure the failure
     * @return the advice, with the details the exception carries
     */
    public static String advice(TeamsdrException failure) {
        if (failure instanceof ValidationException invalid) {
            return "fix the input, nothing was sent: " + invalid.violations().stream().map(Violation::field)
                    .collect(Collectors.joining(", "));
        }
        if (failure instanceof RateLimitedException limited) {
            return "slow down: the server asked for a pause of " + limited.retryAfter().map(Duration::toString).orElse("?")
                    + " after " + limited.attempts() + " attempts (the whole client paused meanwhile)";
        }
        if (failure instanceof UnauthorizedException) {
            return "renew the credentials (the token was rejected)";
        }
        if (failure instanceof ForbiddenException forbidden) {
            return "ask the operator to grant the role '" + forbidden.requiredRole().orElse("?") + "'";
        }
        if (failure instanceof NotFoundException) {
            return "it does not exist (any more): refresh the list the id came from";
        }
        if (failure instanceof BadRequestException refused) {
            return "Fusion refused it (code " + refused.errorCode().orElse("?") + "): tell the user why, do not retry";
        }
        if (failure instanceof ServerException server) {
            return "the platform failed after " + server.attempts() + " attempts: retry later, quote request id "
                    + server.requestId();
        }
        if (failure instanceof ApiException api) {
            return "unexpected HTTP " + api.status() + ": quote request id " + api.requestId();
        }
        if (failure instanceof TransportException transport) {
            return transport.isTimeout()
                    ? "timed out: the request may still have been applied; check before sending a write again"
                    : "no answer: check the endpoint and the network";
        }
        return "unexpected: " + failure.getMessage();
    }
}
