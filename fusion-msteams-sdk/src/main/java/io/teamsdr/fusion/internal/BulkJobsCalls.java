package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The bulk job history, described once.
 *
 * <p>The history mixes two ways to page (NOTES.md): a continuation token {@code next}, and page
 * numbers ({@code page} of {@code pages}). The SDK follows {@code next} when Fusion sends it, else
 * asks for {@code page + 1} until {@code pages}. Both become one opaque token for the listing's
 * cursors: {@code next:<token>} or {@code page:<n>}. The totals {@code results} and {@code pages}
 * reach every {@link io.teamsdr.core.Page}.
 */
record BulkJobsCalls(Transport transport, Subscription subscription) {
    private static final String NEXT = "next:";
    private static final String PAGE = "page:";

    Listing<BulkJob> list() {
        return list(BulkJobQuery.all());
    }

    /** The history of one query; a 404 "no bulk history found" is an empty page when the subscription exists. */
    Listing<BulkJob> list(BulkJobQuery query) {
        Objects.requireNonNull(query, "query");
        QueryParams params = params(query);
        return NothingFound.listing(transport, subscription, params.canonical(), token -> listSpec(params, token),
                response -> response.json(JobsPage.class).fetched(),
                new PageFetcher.Fetched<>(List.of(), null, OptionalLong.of(0), OptionalInt.of(0)));
    }

    /** One page of the history from a cursor, for the async view. */
    Call<Page<BulkJob>> list(BulkJobQuery query, Cursor cursor) {
        return Listing.page(() -> list(query), cursor);
    }

    private static QueryParams params(BulkJobQuery query) {
        FilterParam filters = FilterParam.builder();
        for (Map.Entry<String, Object> filter : query.filters().entrySet()) {
            if (filter.getValue() instanceof List<?> values) {
                filters.values(filter.getKey(), values.stream().map(String::valueOf).toList());
            } else {
                filters.value(filter.getKey(), String.valueOf(filter.getValue()));
            }
        }
        return new QueryParams()
                .add("page_size", query.pageSize())
                .addIfPresent("search", query.search())
                .addIfPresent(FilterParam.NAME, filters.encode());
    }

    private RequestSpec listSpec(QueryParams params, @Nullable String token) {
        RequestSpec.Builder spec = params.applyTo(FusionOperation.BULK_JOBS_LIST.request(subscription));
        if (token != null && token.startsWith(PAGE)) {
            spec.query("page", token.substring(PAGE.length()));
        } else if (token != null) {
            spec.query("next", token.startsWith(NEXT) ? token.substring(NEXT.length()) : token);
        }
        return spec.build();
    }

    Call<BulkJobDetails> get(long bulkId) {
        return Call.request(transport, () -> {
            new Validator().check(bulkId >= 0, "bulkId", bulkId, "zero or positive").throwIfInvalid();
            return FusionOperation.BULK_JOB_GET.request(subscription).pathParam("bulk_id", bulkId).build();
        }, ResponseHandler.json(BulkJobDetails.class));
    }

    /**
     * A page of the history.
     *
     * @param bulks the jobs of the page
     * @param results how many jobs match in total
     * @param pages how many pages there are
     * @param page this page's number, from 1
     * @param next the continuation token, when Fusion sends one
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record JobsPage(@Nullable List<BulkJob> bulks, @Nullable Long results, @Nullable Integer pages,
                    @Nullable Integer page, @Nullable String next) {

        PageFetcher.Fetched<BulkJob> fetched() {
            return new PageFetcher.Fetched<>(Args.listed(bulks), nextToken(),
                    results == null ? OptionalLong.empty() : OptionalLong.of(results),
                    pages == null ? OptionalInt.empty() : OptionalInt.of(pages));
        }

        /** The token of the following page: Fusion's own when sent, else the next page number. */
        private @Nullable String nextToken() {
            if (next != null && !next.isBlank()) {
                return NEXT + next;
            }
            if (page != null && pages != null && page < pages) {
                return PAGE + (page + 1);
            }
            return null;
        }
    }
}
