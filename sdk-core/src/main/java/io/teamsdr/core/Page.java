package io.teamsdr.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a listing: its items, the cursor of the next page and its number. The same type serves
 * the sync iteration ({@link Paged#byPage()}, {@link Paged#page(Cursor)}) and the async views, which
 * answer one page per call.
 *
 * <p>Hand {@link Cursor#serialize()} of {@link #nextCursor()} to a web UI and {@link Cursor#parse(String)}
 * it back to fetch the following page.
 *
 * @param number the position of the page in the listing, from 1; a page fetched from a cursor keeps
 *     the number it had when the cursor was taken
 * @param items the items of the page; a page in the middle may be empty
 * @param nextCursor the cursor of the following page, empty on the last page
 * @param totalItems how many items the whole listing holds, when the server says so
 * @param totalPages how many pages the whole listing holds, when the server says so
 * @param <T> the item type
 */
public record Page<T>(int number, List<T> items, Optional<Cursor> nextCursor, OptionalLong totalItems,
                      OptionalInt totalPages) {

    /**
     * Copies the items and checks the number.
     *
     * @throws IllegalArgumentException when the number is below 1
     */
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(totalItems, "totalItems");
        Objects.requireNonNull(totalPages, "totalPages");
    }

    /**
     * Creates a page of a listing that does not report totals, e.g. to stub a client in a test.
     *
     * @param number the position of the page, from 1
     * @param items the items
     * @param nextCursor the cursor of the following page, empty on the last page
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> of(int number, List<T> items, Optional<Cursor> nextCursor) {
        return new Page<>(number, items, nextCursor, OptionalLong.empty(), OptionalInt.empty());
    }

    /**
     * Tells whether this is the last page.
     *
     * @return {@code true} when no page follows
     */
    public boolean isLast() {
        return nextCursor.isEmpty();
    }

    @Override
    public String toString() {
        return "Page{number=" + number + ", items=" + items.size() + ", last=" + isLast() + '}';
    }
}
