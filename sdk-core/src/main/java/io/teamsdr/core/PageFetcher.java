package io.teamsdr.core;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one page of a listing, for {@link Paged} and the clients' async views. Implementations
 * send exactly one request per call, always with the query the listing was created for. A client
 * describes the page request once, with {@link #of(Transport, Function, ResponseHandler)}, and the
 * blocking and the non-blocking call both send that description.
 *
 * @param <T> the item type
 */
public interface PageFetcher<T> {

    /**
     * Fetches a page, blocking until it arrives.
     *
     * @param token the continuation token of the page, {@code null} for the first page
     * @return the items and the token of the following page
     */
    Fetched<T> fetch(@Nullable String token);

    /**
     * Fetches a page without blocking the caller.
     *
     * @param token the continuation token of the page, {@code null} for the first page
     * @return the items and the token of the following page; failures complete it exceptionally
     */
    CompletableFuture<Fetched<T>> fetchAsync(@Nullable String token);

    /**
     * Describes a listing's page request once, for both calls.
     *
     * @param transport the client's transport
     * @param request builds the request of a page from its token ({@code null} for the first page)
     * @param reader reads a page answer
     * @param <T> the item type
     * @return the fetcher
     */
    static <T> PageFetcher<T> of(Transport transport, Function<@Nullable String, RequestSpec> request,
                                 ResponseHandler<Fetched<T>> reader) {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reader, "reader");
        return new PageFetcher<>() {
            @Override
            public Fetched<T> fetch(@Nullable String token) {
                return transport.send(request.apply(token), reader);
            }

            @Override
            public CompletableFuture<Fetched<T>> fetchAsync(@Nullable String token) {
                RequestSpec spec;
                try {
                    spec = request.apply(token);
                } catch (RuntimeException invalid) {
                    return CompletableFuture.failedFuture(invalid);
                }
                return transport.sendAsync(spec, reader);
            }
        };
    }

    /**
     * One fetched page.
     *
     * @param items the items, possibly empty
     * @param nextToken the token of the following page; {@code null} or blank when this is the last
     * @param totalItems how many items the whole listing holds, when the server says so
     * @param totalPages how many pages the whole listing holds, when the server says so
     * @param <T> the item type
     */
    record Fetched<T>(List<T> items, @Nullable String nextToken, OptionalLong totalItems, OptionalInt totalPages) {
        /** Copies the items. */
        public Fetched {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            Objects.requireNonNull(totalItems, "totalItems");
            Objects.requireNonNull(totalPages, "totalPages");
        }

        /**
         * Creates a fetched page of a listing that reports no totals.
         *
         * @param items the items, possibly empty
         * @param nextToken the token of the following page; {@code null} or blank when this is the last
         */
        public Fetched(List<T> items, @Nullable String nextToken) {
            this(items, nextToken, OptionalLong.empty(), OptionalInt.empty());
        }
    }
}
