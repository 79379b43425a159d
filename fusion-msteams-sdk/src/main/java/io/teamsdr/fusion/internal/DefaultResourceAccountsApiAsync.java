package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.async.ResourceAccountsApiAsync;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountChange;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** The non-blocking {@link ResourceAccountsApiAsync}: runs the descriptions of {@link ResourceAccountsCalls}. */
final class DefaultResourceAccountsApiAsync implements ResourceAccountsApiAsync {
    private final ResourceAccountsCalls calls;

    DefaultResourceAccountsApiAsync(ResourceAccountsCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<ResourceAccount>> list() {
        return calls.list(ResourceAccountQuery.all()).sendAsync();
    }

    @Override
    public CompletableFuture<List<ResourceAccount>> list(ResourceAccountQuery query) {
        return calls.list(query).sendAsync();
    }

    @Override
    public CompletableFuture<ResourceAccountChange> create(ResourceAccountCreate account) {
        return calls.create(account).sendAsync();
    }

    @Override
    public CompletableFuture<ResourceAccount> createAndWait(ResourceAccountCreate account, WaitOptions wait) {
        return calls.createAndWait(account, wait).sendAsync();
    }

    @Override
    public CompletableFuture<ResourceAccountChange> modify(String resourceAccountId, ResourceAccountUpdate update) {
        return calls.modify(resourceAccountId, update).sendAsync();
    }

    @Override
    public CompletableFuture<Void> delete(String resourceAccountId) {
        return calls.delete(resourceAccountId).sendAsync();
    }

    @Override
    public CompletableFuture<ResourceAccount> awaitStatus(String resourceAccountId, Predicate<? super ResourceAccount> condition,
                                                                WaitOptions wait) {
        return calls.awaitStatus(resourceAccountId, condition, wait).sendAsync();
    }

    @Override
    public String toString() {
        return "ResourceAccountsApiAsync";
    }
}
