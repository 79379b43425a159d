package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
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
import io.teamsdr.core.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Response} handed to handlers, and the mapping of an unaccepted status to the exception
 * hierarchy: 400, 401, 403 (naming the operation's role), 404, 409, 429, 5xx, other 4xx. Every text
 * it shows (exception bodies, reasons, logged bodies) has the call's secrets masked, by field name and
 * by the values the call sent.
 */
final class ResponseView implements Response {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");
    /** Error bodies kept in exceptions are capped so a huge HTML error page cannot bloat memory or logs. */
    static final int MAX_ERROR_BODY = 8 * 1024;

    private final Exchange exchange;
    private final int status;
    private final HttpHeaders headers;
    private final BodyReader reader;
    /** The body once read, so a handler can read it and still map it to an exception. */
    private byte[] bufferedBody;

    ResponseView(Exchange exchange, int status, HttpHeaders headers, BodyReader reader) {
        this.exchange = exchange;
        this.status = status;
        this.headers = headers;
        this.reader = reader;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    @Override
    public InputStream body() {
        return reader.stream();
    }

    @Override
    public String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Reads the body once and keeps it, so that decoding, text and error mapping all see it. */
    private byte[] bytes() throws IOException {
        if (bufferedBody == null) {
            bufferedBody = reader.readAll();
            if (exchange.logsBodies()) {
                LOG.trace("response body {} [request-id={}]", shown(new String(bufferedBody, StandardCharsets.UTF_8)),
                        exchange.state().requestId());
            }
        }
        return bufferedBody;
    }

    @Override
    public <T> T json(Class<T> type) {
        byte[] body = readBytes();
        try {
            // Parsed from the bytes: a String copy is made only when a failure has to quote the body.
            return exchange.state().mapper().readValue(body, type);
        } catch (IOException failure) {
            throw decodingFailure(body, failure);
        }
    }

    @Override
    public <T> T json(TypeReference<T> type) {
        byte[] body = readBytes();
        try {
            return exchange.state().mapper().readValue(body, type);
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
        return new DecodingException(exchange.state().context(), status,
                shown(cap(new String(body, StandardCharsets.UTF_8))), failure);
    }

    private String contentType() {
        return headers.firstValue("Content-Type").orElse(null);
    }

    /** The text with the call's secrets masked by value and by field name. */
    private String shown(String text) {
        return Redactor.body(contentType(), exchange.state().secrets().mask(text));
    }

    @Override
    public ApiException toApiException() {
        String body = exchange.state().secrets().mask(readCapped());
        ErrorBodies.Parsed parsed = ErrorBodies.parse(exchange.state().mapper(), body);
        ErrorDetails details = new ErrorDetails(exchange.state().context(), status, parsed.code(), parsed.reason(),
                retryAfter(), Redactor.body(contentType(), body));
        if (status == 400 || status == 422) {
            return new BadRequestException(details);
        } else if (status == 401) {
            return new UnauthorizedException(details);
        } else if (status == 403) {
            return new ForbiddenException(details, exchange.state().spec().requiredRole().orElse(null));
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

    /** The start of the body, capped, never waiting: an error body is buffered up to the reader's window. */
    private String readCapped() {
        if (bufferedBody != null) {
            return cap(new String(bufferedBody, StandardCharsets.UTF_8));
        }
        return new String(reader.readBuffered(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    }

    private static String cap(String text) {
        return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "...";
    }

    private Duration retryAfter() {
        return headers.firstValue("Retry-After").map(value -> RetryAfter.parse(value, exchange.state().clock())).orElse(null);
    }
}
