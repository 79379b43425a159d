package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.WaitTimeoutException;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountChange;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The resource accounts endpoints and their waiters, described once for
 * {@link io.teamsdr.fusion.ResourceAccountsApi} and its async view. A waiter polls the list with
 * the client's {@link io.teamsdr.core.Sleeper} and {@link Clock}, so tests inject both rather than wait.
 */
record ResourceAccountsCalls(Transport transport, Subscription subscription) {
    private static final ResponseHandler<NothingFound.Answer<List<ResourceAccount>>> ACCOUNTS =
            NothingFound.reading(response -> Args.listed(response.json(Envelope.class).resourceAccounts()));
    private static final ResponseHandler<ResourceAccountChange> CHANGE = ResponseHandler.json(ResourceAccountChange.class);

    Call<List<ResourceAccount>> list() {
        return list(ResourceAccountQuery.all());
    }

    Call<List<ResourceAccount>> list(ResourceAccountQuery query) {
        return NothingFound.emptyIfSubscriptionExists(transport, subscription,
                Call.request(transport, () -> listSpec(query), ACCOUNTS), List.of());
    }

    private RequestSpec listSpec(ResourceAccountQuery query) {
        Args.require("query", query);
        RequestSpec.Builder spec = FusionOperation.RESOURCE_ACCOUNTS_LIST.request(subscription);
        if (query.refresh()) {
            spec.query("refresh", true);
        }
        FilterParam.builder()
                .values("country", query.locations())
                .yesNo("have_number", query.hasPhoneNumber().orElse(null))
                .value("type", query.type().map(type -> type.value()).orElse(null))
                .applyTo(spec);
        return spec.build();
    }

    Call<ResourceAccountChange> create(ResourceAccountCreate account) {
        return Call.request(transport, () -> {
            Args.require("account", account);
            return FusionOperation.RESOURCE_ACCOUNT_CREATE.request(subscription).body(RequestBody.json(account)).build();
        }, CHANGE);
    }

    Call<ResourceAccountChange> modify(String resourceAccountId, ResourceAccountUpdate update) {
        return Call.request(transport, () -> {
            Args.requireObjectId("resourceAccountId", resourceAccountId);
            Args.require("update", update);
            return FusionOperation.RESOURCE_ACCOUNT_UPDATE.request(subscription)
                    .pathParam("resource_account_id", resourceAccountId)
                    .body(RequestBody.json(update))
                    .build();
        }, CHANGE);
    }

    Call<Void> delete(String resourceAccountId) {
        return Call.request(transport, () -> {
            Args.requireObjectId("resourceAccountId", resourceAccountId);
            return FusionOperation.RESOURCE_ACCOUNT_DELETE.request(subscription)
                    .pathParam("resource_account_id", resourceAccountId)
                    .build();
        }, response -> null);
    }

    /** Creates, then polls until the account is listed and settled. */
    Call<ResourceAccount> createAndWait(ResourceAccountCreate account, WaitOptions wait) {
        return Call.defer(() -> {
            Args.require("account", account);
            Args.require("wait", wait);
            return create(account).then(created -> awaitListed(createdAccount(created, account),
                    ResourceAccount::isSettled, wait,
                    "resource account " + account.userPrincipalName() + " (Fusion id " + created.id() + ")"));
        });
    }

    /** Polls until the account is listed and meets the condition. */
    Call<ResourceAccount> awaitStatus(String resourceAccountId, Predicate<? super ResourceAccount> condition,
                                      WaitOptions wait) {
        return Call.defer(() -> {
            Args.requireObjectId("resourceAccountId", resourceAccountId);
            Args.require("condition", condition);
            Args.require("wait", wait);
            return awaitListed(account -> resourceAccountId.equalsIgnoreCase(account.id()), condition, wait,
                    "resource account " + resourceAccountId);
        });
    }

    /**
     * Recognises a just-created account: by the Fusion id the creation answered when Fusion
     * enriches it, else by its user principal name, since an account created without a number
     * may carry no Fusion part at all.
     */
    private static Predicate<ResourceAccount> createdAccount(ResourceAccountChange created, ResourceAccountCreate account) {
        return listed -> listed.draas().map(FusionUser::id).map(id -> id == created.id()).orElse(false)
                || account.userPrincipalName().equalsIgnoreCase(listed.msTeams().userPrincipalName());
    }

    private Call<ResourceAccount> awaitListed(Predicate<ResourceAccount> which, Predicate<? super ResourceAccount> condition,
                                              WaitOptions wait, String what) {
        Instant deadline = transport.settings().clock().instant().plus(wait.timeout());
        return poll(which, condition, wait, what, deadline, 1);
    }

    private Call<ResourceAccount> poll(Predicate<ResourceAccount> which, Predicate<? super ResourceAccount> condition,
                                       WaitOptions wait, String what, Instant deadline, int polls) {
        return list(ResourceAccountQuery.all()).then(accounts -> {
            Optional<ResourceAccount> found = accounts.stream().filter(which).findFirst();
            if (found.isPresent() && condition.test(found.get())) {
                return Call.value(found.get());
            }
            @Nullable ResourceAccount lastSeen = found.orElse(null);
            Duration remaining = Duration.between(transport.settings().clock().instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new WaitTimeoutException(what, wait.timeout(), polls, lastSeen);
            }
            Duration pause = remaining.compareTo(wait.pollInterval()) < 0 ? remaining : wait.pollInterval();
            return Call.pause(transport, pause, what)
                    .then(ignored -> poll(which, condition, wait, what, deadline, polls + 1));
        });
    }

    /** The list answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@Nullable List<ResourceAccount> resourceAccounts) {
    }
}
