package io.teamsdr.core.internal;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.CursorRejectedException;
import io.teamsdr.core.Page;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.PagingException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The rules every page request follows, written once for {@link io.teamsdr.core.Paged} and the
 * clients' async views: a cursor resumes only its own query, a 400 answered to a continuation token
 * becomes a {@link CursorRejectedException} carrying the cursor, and a fetched page is numbered and
 * given the cursor of the next one.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * Refuses, before any request, a cursor taken from another query.
     *
     * @param query the canonical query of the listing
     * @param cursor the cursor to resume from
     * @throws PagingException when the cursor belongs to another query
     */
    public static void requireSameQuery(String query, Cursor cursor) {
        if (!cursor.query().equals(query)) {
            throw new PagingException("The cursor belongs to another query (" + cursor.query() + ") than this one ("
                    + query + "); the server accepts a continuation token only with its own query. "
                    + "Resume with the query the cursor was taken from.");
        }
    }

    /**
     * Fetches the page a cursor leads to, or the first page, blocking.
     *
     * @param fetcher the listing's fetcher
     * @param cursor where to resume, {@code null} for the first page
     * @param <T> the item type
     * @return the fetched page
     * @throws CursorRejectedException when the server answers 400 to the cursor's token
     */
    public static <T> PageFetcher.Fetched<T> fetch(PageFetcher<T> fetcher, @Nullable Cursor cursor) {
        try {
            return fetcher.fetch(cursor == null ? null : cursor.token());
        } catch (BadRequestException refused) {
            throw rejected(refused, cursor);
        }
    }

    /**
     * Fetches the first page or the page a cursor leads to without blocking; every failure, a
     * foreign cursor included, completes the future exceptionally instead of being thrown.
     *
     * @param query the canonical query of the listing
     * @param fetcher the listing's fetcher
     * @param cursor where to resume, {@code null} for the first page
     * @param <T> the item type
     * @return the page
     */
    public static <T> CompletableFuture<Page<T>> pageAsync(String query, PageFetcher<T> fetcher, @Nullable Cursor cursor) {
        if (cursor != null) {
            try {
                requireSameQuery(query, cursor);
            } catch (PagingException foreign) {
                return CompletableFuture.failedFuture(foreign);
            }
        }
        return fetcher.fetchAsync(cursor == null ? null : cursor.token())
                .handle((fetched, failure) -> {
                    if (failure == null) {
                        return page(query, cursor == null ? 1 : cursor.pageNumber(), fetched);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof BadRequestException refused) {
                        throw rejected(refused, cursor);
                    }
                    throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
                });
    }

    /**
     * Turns a fetched page into a {@link Page}: its number, and the cursor of the next page unless
     * the token is missing or blank.
     *
     * @param query the canonical query of the listing
     * @param number the page's number
     * @param fetched the fetched page
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> page(String query, int number, PageFetcher.Fetched<T> fetched) {
        String token = fetched.nextToken();
        Optional<Cursor> next = token == null || token.isBlank()
                ? Optional.empty() : Optional.of(new Cursor(query, token, number + 1));
        return new Page<>(number, fetched.items(), next, fetched.totalItems(), fetched.totalPages());
    }

    /**
     * Turns a 400 answered to a page request into what it means: for the first page the query's
     * fault, kept as it is; for a continuation token a {@link CursorRejectedException} carrying the cursor.
     *
     * @param refused the server's answer
     * @param cursor the cursor the page was fetched from, {@code null} for the first page
     * @return the exception to throw
     */
    public static BadRequestException rejected(BadRequestException refused, @Nullable Cursor cursor) {
        if (cursor == null || refused instanceof CursorRejectedException) {
            return refused;
        }
        // The same details (status, code, reason, body, request context), now saying whose fault it is.
        return new CursorRejectedException(refused.details(), cursor);
    }
}
