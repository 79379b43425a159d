package io.teamsdr.vsxi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.internal.ErrorBodies;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.internal.ZipEntries;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.PackageEntry;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipException;

/** The response handlers the VSXi resources share. */
final class Responses {
    /** The most error body text kept in an exception, as the core keeps. */
    private static final int MAX_ERROR_BODY = 8 * 1024;

    private Responses() {
    }

    /**
     * Reads an upload answer: {@code {accepted, errors}}; a 400 becomes a {@link CsvRejectedException}
     * with the per-line errors.
     */
    static ResponseHandler<UploadResult> upload(ObjectMapper mapper) {
        return new ResponseHandler<>() {
            @Override
            public UploadResult handle(Response response) throws IOException {
                if (response.status() != VsxiPaths.UPLOAD_REJECTED) {
                    return response.json(UploadResult.class);
                }
                // The whole body is read first because the per-line errors can be longer than the
                // capped body the core keeps; the core's exception then supplies the request facts.
                String text = response.text();
                ErrorDetails seen = response.toApiException().details();
                ErrorBodies.Parsed parsed = ErrorBodies.parse(mapper, text);
                String capped = text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY);
                ErrorDetails details = new ErrorDetails(seen.method(), seen.pathTemplate(), seen.status(),
                        parsed.code(), parsed.reason(), seen.requestId(), seen.retryAfter().orElse(null),
                        seen.attempts(), Redactor.json(capped));
                throw new CsvRejectedException(details, errorsIn(mapper, text));
            }

            @Override
            public boolean accepts(int status) {
                return status == VsxiPaths.UPLOAD_REJECTED || ResponseHandler.super.accepts(status);
            }
        };
    }

    private static List<io.teamsdr.vsxi.model.UploadError> errorsIn(ObjectMapper mapper, String text) {
        try {
            return mapper.readValue(text, UploadResult.class).errors();
        } catch (IOException notUploadShape) {
            return List.of();
        }
    }

    /**
     * Accepts "no active draft" as an empty answer.
     */
    static <T> ResponseHandler<Optional<T>> unlessNoDraft(Function<Response, T> reader) {
        return new ResponseHandler<>() {
            @Override
            public Optional<T> handle(Response response) {
                return VsxiPaths.NO_ACTIVE_DRAFT.contains(response.status())
                        ? Optional.empty() : Optional.of(reader.apply(response));
            }

            @Override
            public boolean accepts(int status) {
                return VsxiPaths.NO_ACTIVE_DRAFT.contains(status) || ResponseHandler.super.accepts(status);
            }
        };
    }

    /** Parses a ZIP body as it streams in. */
    static ResponseHandler<List<PackageEntry>> zipEntries(String method, String pathTemplate) {
        return response -> {
            try (InputStream body = response.body()) {
                return ZipEntries.read(body);
            } catch (ZipException unreadable) {
                throw new DecodingException(method, pathTemplate, response.status(), "", unreadable);
            }
        };
    }

    /** Reads a ZIP body into memory, within the parsed views' cap, keeping the original bytes. */
    static ResponseHandler<ChangeSet> changeSet(String method, String pathTemplate) {
        return response -> {
            byte[] bytes;
            try (InputStream body = response.body()) {
                bytes = body.readNBytes((int) ZipEntries.MAX_TOTAL + 1);
            }
            if (bytes.length > ZipEntries.MAX_TOTAL) {
                throw new DecodingException(method, pathTemplate, response.status(), "", new ZipException(
                        "the ZIP is larger than " + ZipEntries.MAX_TOTAL + " bytes; stream it to a file instead"));
            }
            try {
                return ChangeSet.of(bytes);
            } catch (UncheckedIOException unreadable) {
                throw new DecodingException(method, pathTemplate, response.status(), "", unreadable.getCause());
            }
        };
    }
}
