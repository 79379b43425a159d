package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ConflictException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Response} handed to handlers, and the mapping of an unaccepted status to the exception
 * hierarchy: 400, 401, 403 (naming the operation's role), 404, 409, 429, 5xx, other 4xx.
 */
final class ResponseView implements Response {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");
    /** Error bodies kept in exceptions are capped so a huge HTML error page cannot bloat memory or logs. */
    static final int MAX_ERROR_BODY = 8 * 1024;

    private final RequestSpec spec;
    private final HttpResponse<InputStream> response;
    private final String requestId;
    private final int attempt;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final boolean logBody;
    /** The body once read, so a handler can read it and still map it to an exception. */
    private byte[] bufferedBody;

    ResponseView(RequestSpec spec, HttpResponse<InputStream> response, String requestId, int attempt,
                 ObjectMapper mapper, Clock clock, boolean logBody) {
        this.spec = spec;
        this.response = response;
        this.requestId = requestId;
        this.attempt = attempt;
        this.mapper = mapper;
        this.clock = clock;
        this.logBody = logBody;
    }

    @Override
    public int status() {
        return response.statusCode();
    }

    @Override
    public HttpHeaders headers() {
        return response.headers();
    }

    @Override
    public InputStream body() {
        return response.body();
    }

    @Override
    public String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Reads the body once and keeps it, so that decoding, text and error mapping all see it. */
    private byte[] bytes() throws IOException {
        if (bufferedBody == null) {
            try (InputStream in = response.body()) {
                bufferedBody = in.readAllBytes();
            }
            if (logBody) {
                LOG.trace("response body {} [request-id={}]",
                        Redactor.body(contentType(), cap(new String(bufferedBody, StandardCharsets.UTF_8))), requestId);
            }
        }
        return bufferedBody;
    }

    @Override
    public <T> T json(Class<T> type) {
        byte[] body = readBytes();
        try {
            // Parsed from the bytes: a String copy is made only when a failure has to quote the body.
            return mapper.readValue(body, type);
        } catch (IOException failure) {
            throw decodingFailure(body, failure);
        }
    }

    @Override
    public <T> T json(TypeReference<T> type) {
        byte[] body = readBytes();
        try {
            return mapper.readValue(body, type);
        } catch (IOException failure) {
            throw decodingFailure(body, failure);
        }
    }

    private byte[] readBytes() {
        try {
            return bytes();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private DecodingException decodingFailure(byte[] body, IOException failure) {
        return new DecodingException(spec.method().name(), spec.pathTemplate(), status(),
                Redactor.body(contentType(), cap(new String(body, StandardCharsets.UTF_8))), failure);
    }

    private String contentType() {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    @Override
    public ApiException toApiException() {
        String body = readCapped();
        ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, body);
        ErrorDetails details = new ErrorDetails(spec.method().name(), spec.pathTemplate(), status(), parsed.code(),
                parsed.reason(), requestId, retryAfter(), attempt, Redactor.body(contentType(), body));
        int status = status();
        if (status == 400 || status == 422) {
            return new BadRequestException(details);
        } else if (status == 401) {
            return new UnauthorizedException(details);
        } else if (status == 403) {
            return new ForbiddenException(details, spec.requiredRole().orElse(null));
        } else if (status == 404) {
            return new NotFoundException(details);
        } else if (status == 409) {
            return new ConflictException(details);
        } else if (status == 429) {
            return new RateLimitedException(details);
        } else if (status >= 500) {
            return new ServerException(details);
        }
        return new ApiException(details);
    }

    private String readCapped() {
        if (bufferedBody != null) {
            return cap(new String(bufferedBody, StandardCharsets.UTF_8));
        }
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            while (out.size() < MAX_ERROR_BODY && (read = in.read(buffer)) != -1) {
                out.write(buffer, 0, Math.min(read, MAX_ERROR_BODY - out.size()));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static String cap(String text) {
        return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "...";
    }

    private Duration retryAfter() {
        return response.headers().firstValue("Retry-After").map(this::parseRetryAfter).orElse(null);
    }

    private Duration parseRetryAfter(String value) {
        String trimmed = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
