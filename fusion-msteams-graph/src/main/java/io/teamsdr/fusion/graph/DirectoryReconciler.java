package io.teamsdr.fusion.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.graph.internal.GraphUserPages;
import io.teamsdr.fusion.graph.internal.Reconciliation;
import io.teamsdr.fusion.model.UserQuery;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Compares the Azure AD directory, read through Microsoft Graph, with the users the Fusion platform
 * lists for an MS Teams tenant, and streams the {@link Difference}s: directory users unknown to the
 * platform, platform users missing from the directory, users whose display name, usage location or
 * licenses differ, and users the platform lists as voice enabled that have no phone number.
 *
 * <pre>{@code
 * GraphServiceClient graph = GraphClients.create(GraphClients.MICROSOFT_GRAPH_V1, graphTokens);
 * DirectoryReconciler reconciler = DirectoryReconciler.builder(graph, fusion.msTeams(subscription)).build();
 * ReconciliationSummary summary = reconciler.reconcile(d -> System.out.println(d.describe()));
 * }</pre>
 *
 * <h2>Memory and requests</h2>
 * Both sides are read page by page (the platform's users list, then Graph's {@code GET /users} with
 * {@code $select} through Graph's {@code PageIterator}), one page of each in memory at a time. A
 * join needs one side to be looked up by id, and neither API lists users in id order: Graph lists
 * in an unspecified order (it sorts only by display name or UPN, and only in advanced queries) and
 * the platform by display name, which cannot be merged on because display names repeat and may be
 * the very thing that differs. So the platform side is read first into an index of object id to a
 * small summary (UPN, display name, location and a license set shared by the users that hold the
 * same one), about 200 bytes a user, 20 MB for 100,000 users. The platform side is the one kept
 * because it is the smaller: it lists the tenant's Teams users, narrowed by its group filter, while
 * the directory also holds guests, rooms and service accounts. The directory is then streamed and
 * each user compared and dropped from the index; what remains at the end is the platform-only users.
 * Differences are handed over as soon as they are found: voice users without a number while the
 * platform is read, then the per-user differences, then the platform-only users.
 *
 * <p>Requests: {@code ceil(platform users / platformPageSize)} Fusion calls, then
 * {@code ceil(directory users / directoryPageSize)} Graph calls; nothing is sent until the stream
 * is consumed. Errors reach the caller as they happen: Fusion's {@code TeamsdrException}s and
 * Graph's {@code com.microsoft.kiota.ApiException}s (such as {@code ODataError}). Immutable and
 * thread-safe; every {@link #differences()} or {@link #reconcile(Consumer)} call is a new run that
 * reads both sides again.
 *
 * <p>Resource accounts are users in the directory but not in the platform's users list, so against
 * a real tenant they are reported as {@link Difference.DirectoryOnlyUser}s; filter them out by
 * their UPNs ({@code teams.resourceAccounts().list()}) if needed.
 */
public final class DirectoryReconciler {

    /** The largest page either API serves. */
    public static final int MAX_PAGE_SIZE = 999;

    private final GraphServiceClient graph;
    private final MsTeams teams;
    private final int directoryPageSize;
    private final int platformPageSize;
    private final Set<String> ignoredSkuIds;

    private DirectoryReconciler(Builder b) {
        this.graph = b.graph;
        this.teams = b.teams;
        this.directoryPageSize = b.directoryPageSize;
        this.platformPageSize = b.platformPageSize;
        this.ignoredSkuIds = Set.copyOf(b.ignoredSkuIds);
    }

    /**
     * Starts configuring a reconciler.
     *
     * @param graph the Graph client of the tenant, e.g. from {@link GraphClients}; needs
     *     {@code User.Read.All}
     * @param teams the platform's MS Teams resources of the same tenant; needs the users list role
     * @return the builder
     */
    public static Builder builder(GraphServiceClient graph, MsTeams teams) {
        return new Builder(graph, teams);
    }

    /**
     * Streams the differences. Lazy: nothing is read until the stream is consumed, and each page
     * only when the previous one is used up, so {@code limit(n)} or {@code findFirst()} stop early
     * (though every directory difference needs the whole platform side first). Sequential only.
     *
     * @return the differences, in the order described in the class documentation
     */
    public Stream<Difference> differences() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(newRun(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Hands every difference to a consumer as it is found and counts what was read and found.
     *
     * @param sink receives each difference
     * @return the counts
     */
    public ReconciliationSummary reconcile(Consumer<? super Difference> sink) {
        Objects.requireNonNull(sink, "sink");
        Reconciliation run = newRun();
        Map<Difference.Kind, Long> counts = new EnumMap<>(Difference.Kind.class);
        while (run.hasNext()) {
            Difference difference = run.next();
            counts.merge(difference.kind(), 1L, Long::sum);
            sink.accept(difference);
        }
        return new ReconciliationSummary(run.platformUsers(), run.directoryUsers(), counts);
    }

    private Reconciliation newRun() {
        UserQuery query = UserQuery.builder().pageSize(platformPageSize).build();
        return new Reconciliation(() -> teams.users().list(query).iterator(),
                () -> new GraphUserPages(graph, directoryPageSize, GraphMapping.userSelect()), ignoredSkuIds);
    }

    @Override
    public String toString() {
        return "DirectoryReconciler[directoryPageSize=" + directoryPageSize + ", platformPageSize=" + platformPageSize
                + ", ignoredSkuIds=" + ignoredSkuIds + "]";
    }

    /** Configures a {@link DirectoryReconciler}. */
    public static final class Builder {
        private final GraphServiceClient graph;
        private final MsTeams teams;
        private int directoryPageSize = MAX_PAGE_SIZE;
        private int platformPageSize = MAX_PAGE_SIZE;
        private final Set<String> ignoredSkuIds = new TreeSet<>();

        private Builder(GraphServiceClient graph, MsTeams teams) {
            this.graph = Objects.requireNonNull(graph, "graph");
            this.teams = Objects.requireNonNull(teams, "teams");
        }

        /**
         * Sets how many users each Graph request reads ({@code $top}).
         *
         * @param size 1 to 999; default 999, the fewest requests
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder directoryPageSize(int size) {
            this.directoryPageSize = pageSize("directoryPageSize", size);
            return this;
        }

        /**
         * Sets how many users each platform request reads.
         *
         * @param size 1 to 999; default 999
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder platformPageSize(int size) {
            this.platformPageSize = pageSize("platformPageSize", size);
            return this;
        }

        /**
         * Leaves licenses out of the license comparison, e.g. free or self-service SKUs the platform
         * does not track; adds to earlier calls.
         *
         * @param skuIds license GUIDs, any case
         * @return this builder
         */
        public Builder ignoreLicenses(Collection<String> skuIds) {
            for (String sku : skuIds) {
                ignoredSkuIds.add(Objects.requireNonNull(sku, "skuId").strip().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Leaves licenses out of the license comparison; adds to earlier calls.
         *
         * @param skuIds license GUIDs, any case
         * @return this builder
         */
        public Builder ignoreLicenses(String... skuIds) {
            return ignoreLicenses(Arrays.asList(skuIds));
        }

        /**
         * Builds the reconciler.
         *
         * @return the reconciler
         */
        public DirectoryReconciler build() {
            return new DirectoryReconciler(this);
        }

        private static int pageSize(String name, int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException(name + " must be 1 to " + MAX_PAGE_SIZE + ": " + size);
            }
            return size;
        }
    }
}
