package io.teamsdr.core.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.teamsdr.core.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * Turns an accepted response into a typed result. Statuses the handler does not
 * {@linkplain #accepts(int) accept} become exceptions before it is called.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseHandler<T> {

    /**
     * Reads the response.
     *
     * @param response the response
     * @return the result
     * @throws IOException when reading the body fails
     */
    T handle(Response response) throws IOException;

    /**
     * Tells whether a status is a result rather than an error. By default every 2xx.
     *
     * @param status the HTTP status
     * @return {@code true} to call {@link #handle(Response)}
     */
    default boolean accepts(int status) {
        return status >= 200 && status < 300;
    }

    /**
     * Tells whether the handler hands the body stream to its caller, who then closes it.
     *
     * @return {@code true} to leave the body open
     */
    default boolean keepsBodyOpen() {
        return false;
    }

    /**
     * Returns a handler that also accepts the given non-2xx statuses.
     *
     * @param statuses extra statuses handled as results
     * @return the handler
     */
    default ResponseHandler<T> alsoAccepting(Integer... statuses) {
        ResponseHandler<T> self = this;
        Set<Integer> extra = Set.of(statuses);
        return new ResponseHandler<>() {
            @Override
            public T handle(Response response) throws IOException {
                return self.handle(response);
            }

            @Override
            public boolean accepts(int status) {
                return extra.contains(status) || self.accepts(status);
            }

            @Override
            public boolean keepsBodyOpen() {
                return self.keepsBodyOpen();
            }
        };
    }

    /**
     * Decodes a JSON body.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the handler
     */
    static <T> ResponseHandler<T> json(Class<T> type) {
        return response -> response.json(type);
    }

    /**
     * Decodes a JSON body into a generic type.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the handler
     */
    static <T> ResponseHandler<T> json(TypeReference<T> type) {
        return response -> response.json(type);
    }

    /**
     * Ignores the body and returns the status, e.g. to tell 200 from 204.
     *
     * @return the handler
     */
    static ResponseHandler<Integer> status() {
        return Response::status;
    }

    /**
     * Hands the open body stream to the caller, who must close it.
     *
     * @return the handler
     */
    static ResponseHandler<InputStream> stream() {
        return new ResponseHandler<>() {
            @Override
            public InputStream handle(Response response) {
                return response.body();
            }

            @Override
            public boolean keepsBodyOpen() {
                return true;
            }
        };
    }

    /**
     * Streams the body into an output stream in constant memory. The output is not closed. A failure
     * to write to {@code out} is a {@link io.teamsdr.core.TeamsdrException}, not a network failure.
     *
     * @param out the destination
     * @param progress told of the bytes copied
     * @return the handler, returning the byte count
     */
    static ResponseHandler<Long> toOutputStream(OutputStream out, ProgressListener progress) {
        return response -> copy(response, new Destination(out, "the caller's output stream"), progress);
    }

    /**
     * Streams the body into a file, written beside it first and moved into place when complete, so a
     * failed download never leaves a truncated file under the final name. A failure of the file system
     * (missing directory, no space left) is a {@link io.teamsdr.core.TeamsdrException} naming the file.
     *
     * @param file the destination
     * @param progress told of the bytes copied
     * @return the handler, returning the byte count
     */
    static ResponseHandler<Long> toFile(Path file, ProgressListener progress) {
        return response -> {
            Path absolute = file.toAbsolutePath();
            Path partial;
            try {
                partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
            } catch (IOException failure) {
                throw Destination.failed(absolute.toString(), failure);
            }
            try {
                OutputStream opened;
                try {
                    opened = Files.newOutputStream(partial);
                } catch (IOException failure) {
                    throw Destination.failed(absolute.toString(), failure);
                }
                long total;
                try (Destination out = new Destination(opened, absolute.toString())) {
                    total = copy(response, out, progress);
                }
                try {
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException failure) {
                    throw Destination.failed(absolute.toString(), failure);
                }
                return total;
            } finally {
                Files.deleteIfExists(partial);
            }
        };
    }

    private static long copy(Response response, Destination out, ProgressListener progress) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = response.body()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                total += read;
                progress.onBytes(total);
            }
        }
        out.flush();
        return total;
    }
}
