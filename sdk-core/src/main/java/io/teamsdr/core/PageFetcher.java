package io.teamsdr.core;

import java.util.List;
import java.util.Objects;

/**
 * Fetches one page for {@link Paged}. Implementations send exactly one request per call, always with
 * the query the {@code Paged} was created for.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

    /**
     * Fetches a page.
     *
     * @param token the continuation token of the page, {@code null} for the first page
     * @return the items and the token of the following page
     */
    Fetched<T> fetch(String token);

    /**
     * One fetched page.
     *
     * @param items the items, possibly empty
     * @param nextToken the token of the following page; {@code null} or blank when this is the last
     * @param <T> the item type
     */
    record Fetched<T>(List<T> items, String nextToken) {
        /** Copies the items. */
        public Fetched {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }
    }
}
