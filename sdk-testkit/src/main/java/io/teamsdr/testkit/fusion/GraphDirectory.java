package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.GuardedState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Microsoft Graph side of a {@link FakeFusionServer}: the Azure AD directory of the default
 * subscription's tenant, which the server also serves on Graph v1.0 paths
 * ({@code GET /v1.0/users}, {@code GET /v1.0/users/{id}}, {@code GET /v1.0/subscribedSkus}) with
 * any of its access tokens as {@code Authorization: Bearer}.
 *
 * <p>The directory is the platform's own users: a Graph user's id is the Fusion user's Azure AD
 * object id, its usage location the user's country, its assigned licenses the user's licenses
 * (the Fusion users list's group filter does not narrow the directory). A test makes the two sides
 * differ with the methods below; the changes are part of the server's state, so {@code reset()},
 * {@code snapshot()} and {@code restore()} include them. An override wins over the platform's value
 * until the next reset, even if the platform changes the user in between.
 *
 * <pre>{@code
 * GraphDirectory graph = server.graph();
 * URI graphBase = graph.baseUrl();                       // http://127.0.0.1:<port>/v1.0
 * String id = graph.addDirectoryOnlyUser("new.hire@contoso.onmicrosoft.com", "New Hire", "BE", "SPE_E3");
 * graph.overrideUsageLocation(server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow(), "FR");
 * }</pre>
 */
public final class GraphDirectory {

    private final Supplier<URI> serverBase;
    private final GuardedState<FusionState> state;
    private final String subscriptionKey;

    GraphDirectory(Supplier<URI> serverBase, GuardedState<FusionState> state, String subscriptionKey) {
        this.serverBase = serverBase;
        this.state = state;
        this.subscriptionKey = subscriptionKey;
    }

    /**
     * The Graph base URL to give a Graph client, in place of {@code https://graph.microsoft.com/v1.0}.
     *
     * @return e.g. {@code http://127.0.0.1:54321/v1.0}
     */
    public URI baseUrl() {
        return URI.create(serverBase.get() + GraphEndpoints.PREFIX);
    }

    /**
     * Adds a user that only the directory has: Graph lists it, Fusion does not know it.
     *
     * @param userPrincipalName the UPN, unique in the tenant (any case)
     * @param displayName the display name
     * @param usageLocation the ISO 3166-1 alpha-2 usage location, {@code null} for none
     * @param licenses skuIds or part numbers of the tenant's licenses (e.g. {@code SPE_E3}), or other
     *     license GUIDs
     * @return the new user's object id
     * @throws IllegalArgumentException when the UPN is taken or a license is neither known nor a GUID
     */
    public String addDirectoryOnlyUser(String userPrincipalName, String displayName, String usageLocation,
            String... licenses) {
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(displayName, "displayName");
        return change(sub -> {
            if (sub.directory.user(sub, userPrincipalName).isPresent() || sub.userByUpn(userPrincipalName).isPresent()) {
                throw new IllegalArgumentException("The UPN " + userPrincipalName + " is already taken");
            }
            String id = sub.newObjectId();
            sub.directory.addDirectoryOnly(new DirectoryOverlay.Entry(id, userPrincipalName, displayName,
                    usageLocation, skuIds(sub, licenses)));
            return id;
        });
    }

    /**
     * Gives a user another usage location in the directory than Fusion shows.
     *
     * @param userId the user's object id
     * @param country the ISO 3166-1 alpha-2 code, {@code null} for none
     * @return this directory
     * @throws IllegalArgumentException when the directory has no such user
     */
    public GraphDirectory overrideUsageLocation(String userId, String country) {
        change(sub -> {
            sub.directory.overrideUsageLocation(known(sub, userId), country);
            return null;
        });
        return this;
    }

    /**
     * Gives a user another display name in the directory than Fusion shows.
     *
     * @param userId the user's object id
     * @param displayName the directory's display name
     * @return this directory
     * @throws IllegalArgumentException when the directory has no such user
     */
    public GraphDirectory overrideDisplayName(String userId, String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        change(sub -> {
            sub.directory.overrideDisplayName(known(sub, userId), displayName);
            return null;
        });
        return this;
    }

    /**
     * Gives a user another set of assigned licenses in the directory than Fusion shows; the Graph
     * seat counts ({@code consumedUnits}) follow the directory.
     *
     * @param userId the user's object id
     * @param licenses skuIds or part numbers of the tenant's licenses, or other license GUIDs; none
     *     for no license
     * @return this directory
     * @throws IllegalArgumentException when the directory has no such user or a license is neither
     *     known nor a GUID
     */
    public GraphDirectory overrideLicenses(String userId, String... licenses) {
        change(sub -> {
            sub.directory.overrideLicenses(known(sub, userId), skuIds(sub, licenses));
            return null;
        });
        return this;
    }

    /**
     * Removes a user from the directory only: Fusion still lists it, Graph answers 404.
     *
     * @param userId the user's object id
     * @return this directory
     * @throws IllegalArgumentException when the directory has no such user
     */
    public GraphDirectory removeUser(String userId) {
        change(sub -> {
            sub.directory.remove(known(sub, userId));
            return null;
        });
        return this;
    }

    /**
     * How many users the directory lists.
     *
     * @return the count, after the overlay
     */
    public int userCount() {
        return change(sub -> sub.directory.userCount(sub));
    }

    private <R> R change(Function<SubscriptionState, R> action) {
        return state.with(s -> action.apply(s.subscriptions.get(subscriptionKey)));
    }

    private static String known(SubscriptionState sub, String userId) {
        Objects.requireNonNull(userId, "userId");
        if (!sub.directory.contains(sub, userId)) {
            throw new IllegalArgumentException("The directory has no user " + userId);
        }
        return userId;
    }

    private static List<String> skuIds(SubscriptionState sub, String... refs) {
        List<String> ids = new ArrayList<>();
        for (String ref : refs) {
            Objects.requireNonNull(ref, "license");
            String skuId = sub.licenses.values().stream()
                    .filter(l -> l.skuId().equalsIgnoreCase(ref) || l.skuPartNumber().equalsIgnoreCase(ref))
                    .map(License::skuId).findFirst().orElseGet(() -> guid(ref));
            if (!ids.contains(skuId)) {
                ids.add(skuId);
            }
        }
        return ids;
    }

    private static String guid(String ref) {
        try {
            return UUID.fromString(ref).toString();
        } catch (IllegalArgumentException notGuid) {
            throw new IllegalArgumentException("Not a license of the tenant nor a GUID: " + ref, notGuid);
        }
    }
}
