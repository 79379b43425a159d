package io.teamsdr.core.internal;

import io.teamsdr.core.http.RequestBody;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body of one attempt: the publisher handed to the HTTP client, its media type, a redacted text
 * for TRACE logs when the body is in memory, and, for generated bodies, the pipe to close and the
 * writer's failure to report. The log text is only worked out when it is logged: redacting every
 * multi-megabyte bulk body on every attempt, with logging off, would cost time and memory for nothing.
 */
final class BodySource {
    private final HttpRequest.BodyPublisher publisher;
    private final String contentType;
    private final byte[] inMemory;
    private final AtomicReference<WriterPipe> pipe;

    private BodySource(HttpRequest.BodyPublisher publisher, String contentType, byte[] inMemory,
                       AtomicReference<WriterPipe> pipe) {
        this.publisher = publisher;
        this.contentType = contentType;
        this.inMemory = inMemory;
        this.pipe = pipe;
    }

    /** A body streamed from elsewhere (a file, a stream): sent but never logged. */
    static BodySource of(HttpRequest.BodyPublisher publisher, String contentType) {
        return new BodySource(publisher, contentType, null, null);
    }

    /** A body already in memory, which TRACE logging may show (capped and redacted). */
    static BodySource inMemory(byte[] bytes, String contentType) {
        return new BodySource(HttpRequest.BodyPublishers.ofByteArray(bytes), contentType, bytes, null);
    }

    static BodySource ofWriter(RequestBody.WriterBody body, String threadName) {
        AtomicReference<WriterPipe> pipe = new AtomicReference<>();
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> {
            WriterPipe started = WriterPipe.start(body.writer(), threadName);
            pipe.set(started);
            return started;
        });
        return new BodySource(publisher, body.contentType(), null, pipe);
    }

    HttpRequest.BodyPublisher publisher() {
        return publisher;
    }

    Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The capped, redacted text of an in-memory body, or {@code null} for a streamed one. */
    String loggableText() {
        if (inMemory == null) {
            return null;
        }
        int shown = Math.min(inMemory.length, ResponseView.MAX_ERROR_BODY);
        String text = new String(inMemory, 0, shown, StandardCharsets.UTF_8) + (shown < inMemory.length ? "..." : "");
        return Redactor.body(contentType, text);
    }

    Throwable writerFailure() {
        WriterPipe started = pipe == null ? null : pipe.get();
        return started == null ? null : started.writerFailure();
    }

    void close() {
        WriterPipe started = pipe == null ? null : pipe.get();
        if (started != null) {
            started.close();
        }
    }
}
