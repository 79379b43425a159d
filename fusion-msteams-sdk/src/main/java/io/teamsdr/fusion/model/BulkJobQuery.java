package io.teamsdr.fusion.model;

import io.teamsdr.core.internal.Validator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to list of the bulk job history: page size, a search text, and filters. The API document
 * does not list the filter keys, so they are passed as given.
 *
 * <pre>{@code
 * BulkJobQuery query = BulkJobQuery.builder().pageSize(50).search("rollout").build();
 * }</pre>
 */
public final class BulkJobQuery {
    private static final BulkJobQuery ALL = builder().build();

    private final int pageSize;
    private final String search;
    private final Map<String, Object> filters;

    private BulkJobQuery(Builder builder) {
        this.pageSize = builder.pageSize;
        this.search = builder.search;
        this.filters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.filters));
    }

    /**
     * Lists every job, in pages of the largest size.
     *
     * @return the query
     */
    public static BulkJobQuery all() {
        return ALL;
    }

    /**
     * Starts a query.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the page size.
     *
     * @return 1 to 999
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Returns the case-insensitive text to find in the job title or kind.
     *
     * @return the text, empty for none
     */
    public Optional<String> search() {
        return Optional.ofNullable(search);
    }

    /**
     * Returns the filters, in the order they were added.
     *
     * @return filter names to a text or a list of texts
     */
    public Map<String, Object> filters() {
        return filters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BulkJobQuery that && pageSize == that.pageSize && Objects.equals(search, that.search)
                && filters.equals(that.filters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize, search, filters);
    }

    @Override
    public String toString() {
        return "BulkJobQuery[pageSize=" + pageSize + ", search=" + search + ", filters=" + filters + "]";
    }

    /** Builds a {@link BulkJobQuery}. */
    public static final class Builder {
        private int pageSize = UserQuery.MAX_PAGE_SIZE;
        private @Nullable String search;
        private final Map<String, Object> filters = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets how many jobs a page holds.
         *
         * @param size 1 to 999; default 999, the largest
         * @return this builder
         */
        public Builder pageSize(int size) {
            this.pageSize = size;
            return this;
        }

        /**
         * Keeps jobs whose title or kind contains the text, ignoring case.
         *
         * @param text the text; {@code null} or empty for no search
         * @return this builder
         */
        public Builder search(@Nullable String text) {
            this.search = text == null || text.isEmpty() ? null : text;
            return this;
        }

        /**
         * Adds a filter condition holding one value, e.g. {@code filter("status", "partial")}.
         *
         * @param name the filter name
         * @param value the value
         * @return this builder
         */
        public Builder filter(String name, String value) {
            filters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds a filter condition holding a list of values.
         *
         * @param name the filter name
         * @param values the values
         * @return this builder
         */
        public Builder filter(String name, List<String> values) {
            filters.put(Objects.requireNonNull(name, "name"), List.copyOf(values));
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws io.teamsdr.core.ValidationException when the page size is out of range or a
         *     filter name is blank
         */
        public BulkJobQuery build() {
            Validator validator = new Validator().range("pageSize", pageSize, 1, UserQuery.MAX_PAGE_SIZE);
            filters.keySet().forEach(name -> validator.required("filters", name));
            validator.throwIfInvalid();
            return new BulkJobQuery(this);
        }
    }
}
