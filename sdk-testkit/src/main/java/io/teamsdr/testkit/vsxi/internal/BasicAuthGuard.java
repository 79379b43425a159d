package io.teamsdr.testkit.vsxi.internal;

import io.teamsdr.testkit.internal.FakeHttpServer;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic authentication on every request, as the VSXi REST API does: a missing, malformed or
 * wrong {@code Authorization} header gets 401 with a {@code WWW-Authenticate} challenge, before
 * any routing.
 */
public final class BasicAuthGuard implements FakeHttpServer.Guard {

    private static final String CHALLENGE = "Basic realm=\"VSXi\", charset=\"UTF-8\"";

    private final byte[] expected;

    /**
     * Creates the guard.
     *
     * @param username the accepted user name
     * @param password the accepted password
     */
    public BasicAuthGuard(String username, String password) {
        this.expected = (username + ':' + password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Response> check(Request request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.of(refuse("Authentication required: HTTP Basic credentials expected"));
        }
        String value = header.get().strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            return Optional.of(refuse("Authentication required: only the HTTP Basic scheme is accepted"));
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(value.substring(space + 1).strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(refuse("Malformed HTTP Basic credentials"));
        }
        // Constant-time comparison, as a real server does, so tests never teach a timing leak.
        return MessageDigest.isEqual(expected, given) ? Optional.empty()
                : Optional.of(refuse("Invalid user name or password"));
    }

    private static Response refuse(String reason) {
        return VsxiErrors.render(401, "UNAUTHORIZED", reason).withHeader("WWW-Authenticate", CHALLENGE);
    }
}
