package io.teamsdr.core;

import java.util.List;
import java.util.Optional;

/**
 * One page of a {@link Paged} result.
 *
 * @param <T> the item type
 */
public final class Page<T> {
    private final int number;
    private final List<T> items;
    private final Cursor nextCursor;

    Page(int number, List<T> items, Cursor nextCursor) {
        this.number = number;
        this.items = items;
        this.nextCursor = nextCursor;
    }

    /**
     * Returns the position of this page in the iteration, starting at 1 (also when resumed from a cursor).
     *
     * @return the page number
     */
    public int number() {
        return number;
    }

    /**
     * Returns the items of the page; a page in the middle may be empty.
     *
     * @return the items
     */
    public List<T> items() {
        return items;
    }

    /**
     * Returns the cursor of the following page, to resume later (e.g. from a web UI).
     *
     * @return the cursor, empty on the last page
     */
    public Optional<Cursor> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /**
     * Tells whether this is the last page.
     *
     * @return {@code true} when no page follows
     */
    public boolean isLast() {
        return nextCursor == null;
    }

    @Override
    public String toString() {
        return "Page{number=" + number + ", items=" + items.size() + ", last=" + isLast() + '}';
    }
}
