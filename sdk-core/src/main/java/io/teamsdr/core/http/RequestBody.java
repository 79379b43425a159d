package io.teamsdr.core.http;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The body of a request. A replayable body can be sent again by a retry; an {@link InputStream}, or
 * a writer reading a one-shot source, cannot, and a call with such a body is never retried.
 */
public sealed interface RequestBody
        permits RequestBody.None, RequestBody.Json, RequestBody.Bytes, RequestBody.FileBody,
                RequestBody.StreamBody, RequestBody.WriterBody {

    /** JSON media type. */
    String JSON = "application/json";

    /** CSV media type in UTF-8. */
    String CSV = "text/csv; charset=utf-8";

    /**
     * Tells whether the body can be sent more than once.
     *
     * @return {@code true} when a retry may resend it
     */
    boolean isReplayable();

    /**
     * No body.
     *
     * @return the empty body
     */
    static RequestBody none() {
        return None.INSTANCE;
    }

    /**
     * A value serialized to JSON by the client's object mapper.
     *
     * @param value the value
     * @return the body
     */
    static RequestBody json(Object value) {
        return new Json(value);
    }

    /**
     * Bytes already in memory.
     *
     * @param bytes the bytes
     * @param contentType the media type
     * @return the body
     */
    static RequestBody bytes(byte[] bytes, String contentType) {
        return new Bytes(bytes.clone(), contentType);
    }

    /**
     * A file, streamed from disk; replayable.
     *
     * @param file the file
     * @param contentType the media type
     * @return the body
     */
    static RequestBody file(Path file, String contentType) {
        return new FileBody(file, contentType);
    }

    /**
     * A stream, read once while sending; never retried. The transport closes it.
     *
     * @param stream the stream
     * @param contentType the media type
     * @return the body
     */
    static RequestBody stream(InputStream stream, String contentType) {
        return new StreamBody(stream, contentType);
    }

    /**
     * A body generated while it is sent, in constant memory. If the writer throws, the call fails at
     * once and is not retried: a runtime exception (e.g. a {@code ValidationException} for a bad row)
     * reaches the caller as it is, an {@code IOException} wrapped in a {@code TeamsdrException}.
     *
     * @param writer writes the body
     * @param contentType the media type
     * @param replayable whether {@code writer} can run again with the same result
     * @return the body
     */
    static RequestBody writer(BodyWriter writer, String contentType, boolean replayable) {
        return new WriterBody(writer, contentType, replayable);
    }

    /** No body. */
    enum None implements RequestBody {
        /** The one empty body. */
        INSTANCE;

        @Override
        public boolean isReplayable() {
            return true;
        }
    }

    /**
     * A value to serialize as JSON.
     *
     * @param value the value
     */
    record Json(Object value) implements RequestBody {
        /** Validates the value. */
        public Json {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean isReplayable() {
            return true;
        }

        @Override
        public String toString() {
            return "Json[" + value.getClass().getSimpleName() + "]";
        }
    }

    /**
     * Bytes in memory.
     *
     * @param bytes the bytes
     * @param contentType the media type
     */
    record Bytes(byte[] bytes, String contentType) implements RequestBody {
        /** Validates the parts. */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public boolean isReplayable() {
            return true;
        }

        @Override
        public String toString() {
            return "Bytes[" + bytes.length + " bytes, " + contentType + "]";
        }
    }

    /**
     * A file on disk.
     *
     * @param file the file
     * @param contentType the media type
     */
    record FileBody(Path file, String contentType) implements RequestBody {
        /** Validates the parts. */
        public FileBody {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public boolean isReplayable() {
            return true;
        }
    }

    /**
     * A one-shot stream.
     *
     * @param stream the stream
     * @param contentType the media type
     */
    record StreamBody(InputStream stream, String contentType) implements RequestBody {
        /** Validates the parts. */
        public StreamBody {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public boolean isReplayable() {
            return false;
        }

        @Override
        public String toString() {
            return "StreamBody[" + contentType + "]";
        }
    }

    /**
     * A generated body.
     *
     * @param writer writes the body
     * @param contentType the media type
     * @param replayable whether the writer can run again
     */
    record WriterBody(BodyWriter writer, String contentType, boolean replayable) implements RequestBody {
        /** Validates the parts. */
        public WriterBody {
            Objects.requireNonNull(writer, "writer");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public boolean isReplayable() {
            return replayable;
        }

        @Override
        public String toString() {
            return "WriterBody[" + contentType + (replayable ? ", replayable]" : "]");
        }
    }
}
