package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.Sleeper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.ResourceAccountsApi;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.WaitTimeoutException;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The {@link ResourceAccountsApi} over a {@link Transport}. The waiters poll the list with the
 * client's {@link Sleeper} and {@link Clock}, so tests inject both rather than wait.
 */
public final class DefaultResourceAccountsApi implements ResourceAccountsApi {
    /** The list answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(List<ResourceAccount> resourceAccounts) {
        List<ResourceAccount> all() {
            return resourceAccounts == null ? List.of() : List.copyOf(resourceAccounts);
        }
    }

    private static final ResponseHandler<List<ResourceAccount>> ACCOUNTS =
            response -> response.json(Envelope.class).all();
    private static final ResponseHandler<FusionId> FUSION_ID = ResponseHandler.json(FusionId.class);

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultResourceAccountsApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public List<ResourceAccount> list() {
        return list(ResourceAccountQuery.all());
    }

    @Override
    public CompletableFuture<List<ResourceAccount>> listAsync() {
        return listAsync(ResourceAccountQuery.all());
    }

    @Override
    public List<ResourceAccount> list(ResourceAccountQuery query) {
        return transport.send(listSpec(query), ACCOUNTS);
    }

    @Override
    public CompletableFuture<List<ResourceAccount>> listAsync(ResourceAccountQuery query) {
        return Calls.async(transport, () -> listSpec(query), ACCOUNTS);
    }

    @Override
    public FusionId create(ResourceAccountCreate account) {
        return transport.send(createSpec(account), FUSION_ID);
    }

    @Override
    public CompletableFuture<FusionId> createAsync(ResourceAccountCreate account) {
        return Calls.async(transport, () -> createSpec(account), FUSION_ID);
    }

    @Override
    public ResourceAccount createAndWait(ResourceAccountCreate account, WaitOptions wait) {
        requireWait(wait);
        FusionId created = create(account);
        return await(createdAccount(created, account), ResourceAccount::isSettled, wait,
                "resource account " + account.userPrincipalName() + " (Fusion id " + created.id() + ")");
    }

    @Override
    public CompletableFuture<ResourceAccount> createAndWaitAsync(ResourceAccountCreate account, WaitOptions wait) {
        return CompletableFuture.supplyAsync(() -> createAndWait(account, wait), transport.executor());
    }

    @Override
    public FusionId modify(String resourceAccountId, ResourceAccountUpdate update) {
        return transport.send(modifySpec(resourceAccountId, update), FUSION_ID);
    }

    @Override
    public CompletableFuture<FusionId> modifyAsync(String resourceAccountId, ResourceAccountUpdate update) {
        return Calls.async(transport, () -> modifySpec(resourceAccountId, update), FUSION_ID);
    }

    @Override
    public void delete(String resourceAccountId) {
        transport.send(deleteSpec(resourceAccountId), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> deleteAsync(String resourceAccountId) {
        return Calls.async(transport, () -> deleteSpec(resourceAccountId), Calls.noContent());
    }

    @Override
    public ResourceAccount awaitStatus(String resourceAccountId, Predicate<? super ResourceAccount> condition,
                                       WaitOptions wait) {
        requireId(resourceAccountId);
        Objects.requireNonNull(condition, "condition");
        requireWait(wait);
        return await(account -> resourceAccountId.equalsIgnoreCase(account.id()), condition, wait,
                "resource account " + resourceAccountId);
    }

    @Override
    public CompletableFuture<ResourceAccount> awaitStatusAsync(String resourceAccountId,
                                                               Predicate<? super ResourceAccount> condition,
                                                               WaitOptions wait) {
        return CompletableFuture.supplyAsync(() -> awaitStatus(resourceAccountId, condition, wait), transport.executor());
    }

    private RequestSpec listSpec(ResourceAccountQuery query) {
        new Validator().required("query", query).throwIfInvalid();
        RequestSpec.Builder spec = FusionOperation.RESOURCE_ACCOUNTS_LIST.request(subscription);
        if (query.refresh()) {
            spec.query("refresh", true);
        }
        FilterParam.builder()
                .values("country", query.countries())
                .yesNo("have_number", query.hasNumber().orElse(null))
                .value("type", query.type().map(type -> type.value()).orElse(null))
                .applyTo(spec);
        return spec.build();
    }

    private RequestSpec createSpec(ResourceAccountCreate account) {
        new Validator().required("account", account).throwIfInvalid();
        return FusionOperation.RESOURCE_ACCOUNT_CREATE.request(subscription)
                .body(RequestBody.json(account))
                .build();
    }

    private RequestSpec modifySpec(String resourceAccountId, ResourceAccountUpdate update) {
        new Validator()
                .required("resourceAccountId", resourceAccountId)
                .uuid("resourceAccountId", resourceAccountId)
                .required("update", update)
                .throwIfInvalid();
        return FusionOperation.RESOURCE_ACCOUNT_UPDATE.request(subscription)
                .pathParam("resource_account_id", resourceAccountId)
                .body(RequestBody.json(update))
                .build();
    }

    private RequestSpec deleteSpec(String resourceAccountId) {
        requireId(resourceAccountId);
        return FusionOperation.RESOURCE_ACCOUNT_DELETE.request(subscription)
                .pathParam("resource_account_id", resourceAccountId)
                .build();
    }

    private static void requireId(String resourceAccountId) {
        new Validator()
                .required("resourceAccountId", resourceAccountId)
                .uuid("resourceAccountId", resourceAccountId)
                .throwIfInvalid();
    }

    private static void requireWait(WaitOptions wait) {
        new Validator().required("wait", wait).throwIfInvalid();
    }

    /**
     * Recognises a just-created account: by the Fusion id the creation answered when Fusion
     * enriches it, else by its user principal name, since an account created without a number
     * may carry no Fusion part at all.
     */
    private static Predicate<ResourceAccount> createdAccount(FusionId created, ResourceAccountCreate account) {
        return listed -> listed.draas().map(FusionUser::id).map(id -> id == created.id()).orElse(false)
                || account.userPrincipalName().equalsIgnoreCase(listed.msTeams().userPrincipalName());
    }

    private ResourceAccount await(Predicate<ResourceAccount> which, Predicate<? super ResourceAccount> condition,
                                  WaitOptions wait, String what) {
        Clock clock = transport.settings().clock();
        Sleeper sleeper = transport.settings().sleeper();
        Instant deadline = clock.instant().plus(wait.timeout());
        ResourceAccount lastSeen = null;
        int polls = 0;
        while (true) {
            polls++;
            Optional<ResourceAccount> found = list().stream().filter(which).findFirst();
            if (found.isPresent()) {
                lastSeen = found.get();
                if (condition.test(lastSeen)) {
                    return lastSeen;
                }
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new WaitTimeoutException(what, wait.timeout(), polls, lastSeen);
            }
            pause(sleeper, remaining.compareTo(wait.pollInterval()) < 0 ? remaining : wait.pollInterval(), what);
        }
    }

    private static void pause(Sleeper sleeper, Duration duration, String what) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TeamsdrException("Interrupted while waiting for " + what + "; the change may still complete.",
                    interrupted);
        }
    }
}
