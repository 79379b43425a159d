package io.teamsdr.fusion;

import io.teamsdr.core.Cursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page fetched on its own, e.g. by an infinite-scroll UI: the items and the cursor of the next
 * page. Hand {@link Cursor#serialize()} to the UI and {@link Cursor#parse(String)} it back to fetch
 * the next page.
 *
 * @param items the items of the page, possibly empty
 * @param nextCursor the cursor of the next page, empty on the last page
 * @param <T> the item type
 */
public record PageResult<T>(List<T> items, Optional<Cursor> nextCursor) {

    /** Copies the items. */
    public PageResult {
        items = List.copyOf(items);
        nextCursor = Objects.requireNonNullElse(nextCursor, Optional.empty());
    }

    /**
     * Tells whether this is the last page.
     *
     * @return {@code true} when no page follows
     */
    public boolean isLast() {
        return nextCursor.isEmpty();
    }
}
