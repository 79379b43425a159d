package io.teamsdr.fusion.internal;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.Paged;
import io.teamsdr.core.internal.Paging;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A paged listing of one query, described once: the sync view iterates it as a {@link Paged}, the
 * async view fetches one {@link Page} per call. Cursor binding and its errors are sdk-core's.
 *
 * @param query the canonical query bound into every cursor
 * @param fetcher fetches one page
 * @param <T> the item type
 */
record Listing<T>(String query, PageFetcher<T> fetcher) {

    /** Builds a listing whose page request is a {@link Call}, run blocking or not as the view needs. */
    static <T> Listing<T> of(String query, Function<@Nullable String, Call<PageFetcher.Fetched<T>>> page) {
        return new Listing<>(query, new PageFetcher<>() {
            @Override
            public PageFetcher.Fetched<T> fetch(@Nullable String token) {
                return page.apply(token).send();
            }

            @Override
            public CompletableFuture<PageFetcher.Fetched<T>> fetchAsync(@Nullable String token) {
                return Call.defer(() -> page.apply(token)).sendAsync();
            }
        });
    }

    Paged<T> paged() {
        return Paged.of(query, fetcher);
    }

    CompletableFuture<Page<T>> pageAsync(@Nullable Cursor cursor) {
        return Paging.pageAsync(query, fetcher, cursor);
    }

    /** The page a cursor leads to, of a listing built when the call runs (so bad input fails an async run's future). */
    static <T> Call<Page<T>> page(Supplier<Listing<T>> listing, Cursor cursor) {
        return new Call<>() {
            @Override
            Page<T> send() {
                return listing.get().paged().page(cursor);
            }

            @Override
            CompletableFuture<Page<T>> sendAsync() {
                Listing<T> built;
                try {
                    built = listing.get();
                    Objects.requireNonNull(cursor, "cursor");
                } catch (RuntimeException invalid) {
                    return CompletableFuture.failedFuture(invalid);
                }
                return built.pageAsync(cursor);
            }
        };
    }
}
