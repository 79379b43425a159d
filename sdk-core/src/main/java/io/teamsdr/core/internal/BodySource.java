package io.teamsdr.core.internal;

import io.teamsdr.core.http.RequestBody;
import java.net.http.HttpRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body of one attempt: the publisher handed to the HTTP client, its media type, a redacted text
 * for TRACE logs when the body is in memory, and, for generated bodies, the pipe to close and the
 * writer's failure to report.
 */
final class BodySource {
    private final HttpRequest.BodyPublisher publisher;
    private final String contentType;
    private final String loggableText;
    private final AtomicReference<WriterPipe> pipe;

    private BodySource(HttpRequest.BodyPublisher publisher, String contentType, String loggableText,
                       AtomicReference<WriterPipe> pipe) {
        this.publisher = publisher;
        this.contentType = contentType;
        this.loggableText = loggableText;
        this.pipe = pipe;
    }

    static BodySource of(HttpRequest.BodyPublisher publisher, String contentType, String loggableText) {
        return new BodySource(publisher, contentType, loggableText, null);
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

    String loggableText() {
        return loggableText;
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
