package io.teamsdr.vsxi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.internal.ErrorBodies;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.vsxi.CsvRejectedException;
import io.teamsdr.vsxi.DraftConflictException;
import io.teamsdr.vsxi.NoActiveDraftException;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.UploadError;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * How the VSXi answers the document leaves open are read: the statuses NOTES.md assumes for "no
 * active draft", "a draft is already active" and a rejected upload, and the bodies that may be
 * empty or ZIPs. Kept in one place so that it can change when a real SBC answers otherwise.
 */
final class Responses {
    /** Statuses with which a draft call says that no draft is active (404 for reads, 409 for writes). */
    static final Set<Integer> NO_ACTIVE_DRAFT = Set.of(404, 409);

    /** Status with which {@code start} says that a draft is already active. */
    static final int DRAFT_ALREADY_ACTIVE = 409;

    /** Status with which an upload is rejected, with per-line errors. */
    static final int UPLOAD_REJECTED = 400;

    /** The most error body text kept in an exception, as the core keeps. */
    private static final int MAX_ERROR_BODY = 8 * 1024;

    private Responses() {
    }

    /**
     * Reads the answer of a call that needs the active draft; "no active draft", whichever of its
     * statuses the SBC sends, becomes a {@link NoActiveDraftException}.
     */
    static <T> ResponseHandler<T> draftScoped(ResponseHandler<T> handler) {
        return new ResponseHandler<>() {
            @Override
            public T handle(Response response) throws IOException {
                if (NO_ACTIVE_DRAFT.contains(response.status())) {
                    throw new NoActiveDraftException(response.toApiException().details());
                }
                return handler.handle(response);
            }

            @Override
            public boolean accepts(int status) {
                return NO_ACTIVE_DRAFT.contains(status) || handler.accepts(status);
            }

            @Override
            public boolean keepsBodyOpen() {
                return handler.keepsBodyOpen();
            }
        };
    }

    /** Reads the start answer; a 409 becomes a {@link DraftConflictException} naming the active draft. */
    static ResponseHandler<ResponseBodies.Started> started(ObjectMapper mapper) {
        return new ResponseHandler<>() {
            @Override
            public ResponseBodies.Started handle(Response response) throws IOException {
                if (response.status() != DRAFT_ALREADY_ACTIVE) {
                    return response.json(ResponseBodies.Started.class);
                }
                JsonNode body = tree(mapper, response.text());
                throw new DraftConflictException(response.toApiException().details(),
                        activeDraftField(body, "draftId"), activeDraftField(body, "createdAt"));
            }

            @Override
            public boolean accepts(int status) {
                return status == DRAFT_ALREADY_ACTIVE || ResponseHandler.super.accepts(status);
            }
        };
    }

    /** The document gives no body for the conflict: look in the error object, then at the top. */
    private static @Nullable String activeDraftField(JsonNode body, String name) {
        JsonNode value = body.path("error").path(name);
        if (!value.isTextual()) {
            value = body.path(name);
        }
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static JsonNode tree(ObjectMapper mapper, String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node == null ? mapper.missingNode() : node;
        } catch (JsonProcessingException notJson) {
            return mapper.missingNode();
        }
    }

    /**
     * Reads an upload answer: {@code {accepted, errors}}; a 400 becomes a {@link CsvRejectedException}
     * with the per-line errors.
     */
    static ResponseHandler<UploadResult> upload(ObjectMapper mapper) {
        return new ResponseHandler<>() {
            @Override
            public UploadResult handle(Response response) throws IOException {
                if (response.status() != UPLOAD_REJECTED) {
                    return response.json(UploadResult.class);
                }
                // The whole body is read first because the per-line errors can be longer than the
                // capped body the core keeps; the core's exception then supplies the request facts.
                String text = response.text();
                ErrorDetails seen = response.toApiException().details();
                ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, text);
                String capped = text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY);
                throw new CsvRejectedException(seen.withBody(parsed.code(), parsed.reason(), Redactor.json(capped)),
                        errorsIn(mapper, text));
            }

            @Override
            public boolean accepts(int status) {
                return status == UPLOAD_REJECTED || ResponseHandler.super.accepts(status);
            }
        };
    }

    private static List<UploadError> errorsIn(ObjectMapper mapper, String text) {
        try {
            return mapper.readValue(text, UploadResult.class).errors();
        } catch (IOException notUploadShape) {
            return List.of();
        }
    }

    /** The document gives no rollback body: an empty or unknown one is not an error. */
    static RollbackResult rollback(Response response) throws IOException {
        String text = response.text();
        if (text.isBlank() || !text.stripLeading().startsWith("{")) {
            return new RollbackResult(Optional.empty());
        }
        try {
            return new RollbackResult(Optional.ofNullable(response.json(ResponseBodies.Rollback.class).rolledBack()));
        } catch (DecodingException unexpectedShape) {
            return new RollbackResult(Optional.empty());
        }
    }

    /**
     * Reads a ZIP body with one of the model's readers; a body that is no ZIP (or too large to hold)
     * is a {@link DecodingException}, a failure to read it stays an I/O failure.
     */
    static <T> ResponseHandler<T> zip(String method, String pathTemplate, Function<InputStream, T> reader) {
        return response -> {
            try (InputStream body = response.body()) {
                return reader.apply(body);
            } catch (UncheckedIOException failure) {
                if (failure.getCause() instanceof ZipException unreadable) {
                    throw new DecodingException(method, pathTemplate, response.status(), "", unreadable);
                }
                throw failure.getCause();
            }
        };
    }
}
