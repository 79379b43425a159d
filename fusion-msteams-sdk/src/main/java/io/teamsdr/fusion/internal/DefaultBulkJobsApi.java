package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.PageFetcher;
import io.teamsdr.core.Paged;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.BulkJobsApi;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.PageResult;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link BulkJobsApi} over a {@link Transport}.
 *
 * <p>The history mixes two ways to page (NOTES.md): a continuation token {@code next}, and page
 * numbers ({@code page} of {@code pages}). The SDK follows {@code next} when Fusion sends it, else
 * asks for {@code page + 1} until {@code pages}. Both become one opaque token for
 * {@link Paged} and {@link Cursor}: {@code next:<token>} or {@code page:<n>}.
 */
public final class DefaultBulkJobsApi implements BulkJobsApi {
    private static final String NEXT = "next:";
    private static final String PAGE = "page:";

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultBulkJobsApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public Paged<BulkJob> list() {
        return list(BulkJobQuery.all());
    }

    @Override
    public Paged<BulkJob> list(BulkJobQuery query) {
        QueryParams params = params(query);
        PageFetcher<BulkJob> fetcher = PageFetcher.of(transport, token -> listSpec(params, token), response -> {
            JobsPage page = response.json(JobsPage.class);
            return new PageFetcher.Fetched<>(page.bulks(), page.nextToken());
        });
        return Paged.of(params.canonical(), fetcher);
    }

    @Override
    public CompletableFuture<PageResult<BulkJob>> listPageAsync(BulkJobQuery query) {
        return listPage(query, null);
    }

    @Override
    public CompletableFuture<PageResult<BulkJob>> listPageAsync(BulkJobQuery query, Cursor cursor) {
        return listPage(query, Objects.requireNonNull(cursor, "cursor"));
    }

    private CompletableFuture<PageResult<BulkJob>> listPage(BulkJobQuery query, Cursor cursor) {
        QueryParams params = params(query);
        String canonical = params.canonical();
        if (cursor != null && !cursor.query().equals(canonical)) {
            return CompletableFuture.failedFuture(DefaultUsersApi.foreignCursor(cursor, canonical));
        }
        return Calls.async(transport, () -> listSpec(params, cursor == null ? null : cursor.token()),
                        ResponseHandler.json(JobsPage.class))
                .thenApply(page -> new PageResult<>(page.bulks(), DefaultUsersApi.nextCursor(canonical, page.nextToken())));
    }

    private static QueryParams params(BulkJobQuery query) {
        Objects.requireNonNull(query, "query");
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

    private RequestSpec listSpec(QueryParams params, String token) {
        RequestSpec.Builder spec = params.applyTo(FusionOperation.BULK_JOBS_LIST.request(subscription));
        if (token != null && token.startsWith(PAGE)) {
            spec.query("page", token.substring(PAGE.length()));
        } else if (token != null) {
            spec.query("next", token.startsWith(NEXT) ? token.substring(NEXT.length()) : token);
        }
        return spec.build();
    }

    @Override
    public BulkJobDetails get(long bulkId) {
        return transport.send(getSpec(bulkId), ResponseHandler.json(BulkJobDetails.class));
    }

    @Override
    public CompletableFuture<BulkJobDetails> getAsync(long bulkId) {
        return Calls.async(transport, () -> getSpec(bulkId), ResponseHandler.json(BulkJobDetails.class));
    }

    private RequestSpec getSpec(long bulkId) {
        new Validator().check(bulkId >= 0, "bulkId", bulkId, "zero or positive").throwIfInvalid();
        return FusionOperation.BULK_JOB_GET.request(subscription).pathParam("bulk_id", bulkId).build();
    }

    @Override
    public String toString() {
        return "BulkJobsApi{" + subscription + '}';
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
    record JobsPage(List<BulkJob> bulks, Integer results, Integer pages, Integer page, String next) {
        JobsPage {
            bulks = bulks == null ? List.of() : bulks;
        }

        /** The token of the following page: Fusion's own when sent, else the next page number. */
        String nextToken() {
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
