package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The platform's authentication: login (with optional second factor or a machine-to-machine
 * token), refresh, logout, and the bearer check every API call goes through.
 */
final class AuthEndpoints {

    private static final Duration TWO_FACTOR_WINDOW = Duration.ofMinutes(5);

    private final FusionContext ctx;

    AuthEndpoints(FusionContext ctx) {
        this.ctx = ctx;
    }

    /** 401 without a valid access token, 403 naming the role when the token lacks it. */
    Grant authorize(FusionState state, Request request, String role) {
        Grant grant = authenticate(state, request);
        if (!grant.roles().contains(role)) {
            throw new HttpError(403, 403, "Insufficient rights: the required role " + role + " is missing");
        }
        return grant;
    }

    /** 401 without a valid access token; any roles will do (the Graph endpoints check no Fusion role). */
    Grant authenticate(FusionState state, Request request) {
        Grant grant = bearer(state, request);
        if (grant.kind() != Grant.Kind.ACCESS) {
            throw unauthorized("A refresh token cannot be used as an access token");
        }
        return grant;
    }

    Response login(FusionState state, Request request) {
        JsonBody body = JsonBody.of(request);
        String username = body.requiredString("username");
        String password = body.requiredString("password");
        Account account = state.accounts.get(username);
        if (account == null || !account.password().equals(password)) {
            throw unauthorized("Invalid username or password");
        }
        if (account.m2mToken() != null) {
            return Response.json(200, Map.of("token", account.m2mToken()));
        }
        if (account.twoFactor() != null && !state.trustedAccounts.contains(username)) {
            String payload = TokenIssuer.opaque(state.secret, "2fa", ++state.tokenCounter);
            state.pendingTwoFactor.put(payload,
                    new FusionState.PendingTwoFactor(username, now().plus(TWO_FACTOR_WINDOW)));
            ObjectNode answer = Json.object();
            answer.put("2fa_payload", payload);
            answer.put("option", account.twoFactor());
            return Response.json(200, answer);
        }
        return Response.json(200, issuePair(state, account));
    }

    Response twoFactor(FusionState state, Request request) {
        JsonBody body = JsonBody.of(request);
        String payload = body.requiredString("2fa_payload");
        String code = body.requiredString("code");
        Boolean trust = body.bool("trust");
        FusionState.PendingTwoFactor pending = state.pendingTwoFactor.get(payload);
        if (pending == null || !now().isBefore(pending.expiresAt())) {
            state.pendingTwoFactor.remove(payload);
            throw unauthorized("The 2FA payload is invalid or has expired; log in again");
        }
        Account account = state.accounts.get(pending.username());
        if (!account.twoFactorCode().equals(code)) {
            throw unauthorized("Invalid 2FA code");
        }
        state.pendingTwoFactor.remove(payload);
        if (Boolean.TRUE.equals(trust)) {
            state.trustedAccounts.add(account.username());
        }
        return Response.json(200, issuePair(state, account));
    }

    Response refresh(FusionState state, Request request) {
        String refreshToken = bearerText(request);
        Grant grant = bearer(state, request);
        if (grant.kind() != Grant.Kind.REFRESH) {
            throw unauthorized("A refresh token is required");
        }
        String access = TokenIssuer.issue(state, state.secret, new Grant(Grant.Kind.ACCESS, grant.username(),
                grant.roles(), now().plus(ctx.accessTokenLifetime()), refreshToken));
        return Response.json(200, Map.of("access_token", access));
    }

    /**
     * Revokes the caller's token and its refresh family. A machine-to-machine token is immutable
     * (login keeps returning it), so revoking it would lock the account out for good: logout
     * answers 204 and leaves it valid.
     */
    Response logout(FusionState state, Request request) {
        String token = bearerText(request);
        Grant grant = bearer(state, request);
        if (state.accounts.values().stream().anyMatch(a -> token.equals(a.m2mToken()))) {
            return Response.empty(204);
        }
        String refresh = grant.kind() == Grant.Kind.REFRESH ? token : grant.refreshOf();
        state.tokens.remove(token);
        if (refresh != null) {
            state.tokens.remove(refresh);
            state.tokens.values().removeIf(g -> refresh.equals(g.refreshOf()));
        }
        return Response.empty(204);
    }

    private ObjectNode issuePair(FusionState state, Account account) {
        String refresh = TokenIssuer.issue(state, state.secret, new Grant(Grant.Kind.REFRESH, account.username(),
                account.roles(), now().plus(ctx.refreshTokenLifetime()), null));
        String access = TokenIssuer.issue(state, state.secret, new Grant(Grant.Kind.ACCESS, account.username(),
                account.roles(), now().plus(ctx.accessTokenLifetime()), refresh));
        ObjectNode answer = Json.object();
        answer.put("access_token", access);
        answer.put("refresh_token", refresh);
        return answer;
    }

    private Grant bearer(FusionState state, Request request) {
        Grant grant = state.tokens.get(bearerText(request));
        if (grant == null) {
            throw unauthorized("Invalid or revoked token");
        }
        if (grant.expired(now())) {
            throw unauthorized("Token expired");
        }
        return grant;
    }

    private static String bearerText(Request request) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw unauthorized("Missing bearer token (Authorization: Bearer <token>)");
        }
        return header.substring(7).strip();
    }

    private Instant now() {
        return ctx.clock().instant();
    }

    private static HttpError unauthorized(String reason) {
        return new HttpError(401, 401, reason);
    }
}
