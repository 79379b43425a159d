package io.teamsdr.core.internal;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body of one attempt: the publisher handed to the HTTP client, its media type, a redacted text
 * for TRACE logs when the body is in memory, and, for generated bodies, the pipe to close and the
 * writer's failure to report. The log text is only worked out when it is logged: redacting every
 * multi-megabyte bulk body on every attempt, with logging off, would cost time and memory for nothing.
 *
 * <p>It also counts how often the request went out on the wire: the HTTP client asks a publisher for
 * its length once each time it writes a request's head, which includes the one resend the JDK client
 * makes by itself when a connection closes before answering a GET. A count of 0 means nothing left the
 * client (the connection could not be made).
 */
final class BodySource {
    private final Counting publisher;
    private final String contentType;
    private final byte[] inMemory;
    private final AtomicReference<WriterPipe> pipe;

    private BodySource(HttpRequest.BodyPublisher publisher, String contentType, byte[] inMemory,
                       AtomicReference<WriterPipe> pipe) {
        this.publisher = new Counting(publisher);
        this.contentType = contentType;
        this.inMemory = inMemory;
        this.pipe = pipe;
    }

    /**
     * The body of one attempt of a call.
     *
     * @param spec the call
     * @param json the JSON body serialized once for all attempts, or {@code null}
     * @param requestId the call's request id, naming a writer's thread
     */
    static BodySource of(RequestSpec spec, byte[] json, String requestId) {
        RequestBody body = spec.body();
        if (body instanceof RequestBody.Json) {
            return inMemory(json, RequestBody.JSON);
        }
        if (body instanceof RequestBody.Bytes bytes) {
            return inMemory(bytes.bytes(), bytes.contentType());
        }
        if (body instanceof RequestBody.FileBody file) {
            try {
                return new BodySource(HttpRequest.BodyPublishers.ofFile(file.file()), file.contentType(), null, null);
            } catch (FileNotFoundException missing) {
                throw new TeamsdrException(spec + " not sent: cannot read the body file " + file.file(), missing);
            }
        }
        if (body instanceof RequestBody.StreamBody stream) {
            return new BodySource(HttpRequest.BodyPublishers.ofInputStream(stream::stream), stream.contentType(), null, null);
        }
        if (body instanceof RequestBody.WriterBody writer) {
            return ofWriter(writer, "teamsdr-body-" + requestId.substring(0, 8));
        }
        return new BodySource(HttpRequest.BodyPublishers.noBody(), null, null, null);
    }

    /** A body already in memory, which TRACE logging may show (capped and redacted). */
    private static BodySource inMemory(byte[] bytes, String contentType) {
        return new BodySource(HttpRequest.BodyPublishers.ofByteArray(bytes), contentType, bytes, null);
    }

    private static BodySource ofWriter(RequestBody.WriterBody body, String threadName) {
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

    /** How often the request's head went out on the wire. */
    int sends() {
        return publisher.sends.get();
    }

    /** The capped, redacted text of an in-memory body, or {@code null} for a streamed one. */
    String loggableText(Set<String> extraSecretFields) {
        if (inMemory == null) {
            return null;
        }
        int shown = Math.min(inMemory.length, ResponseView.MAX_ERROR_BODY);
        String text = new String(inMemory, 0, shown, StandardCharsets.UTF_8) + (shown < inMemory.length ? "..." : "");
        return Redactor.body(contentType, text, extraSecretFields);
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

    /** Counts the heads written; otherwise the publisher it wraps. */
    private static final class Counting implements HttpRequest.BodyPublisher {
        private final HttpRequest.BodyPublisher delegate;
        private final AtomicInteger sends = new AtomicInteger();

        Counting(HttpRequest.BodyPublisher delegate) {
            this.delegate = delegate;
        }

        @Override
        public long contentLength() {
            sends.incrementAndGet();
            return delegate.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            delegate.subscribe(subscriber);
        }
    }
}
