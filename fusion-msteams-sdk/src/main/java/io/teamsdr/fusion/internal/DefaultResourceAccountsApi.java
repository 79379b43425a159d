package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.ResourceAccountsApi;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountChange;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.util.List;
import java.util.function.Predicate;

/** The blocking {@link ResourceAccountsApi}: runs the descriptions of {@link ResourceAccountsCalls}. */
final class DefaultResourceAccountsApi implements ResourceAccountsApi {
    private final ResourceAccountsCalls calls;

    DefaultResourceAccountsApi(ResourceAccountsCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<ResourceAccount> list() {
        return calls.list(ResourceAccountQuery.all()).send();
    }

    @Override
    public List<ResourceAccount> list(ResourceAccountQuery query) {
        return calls.list(query).send();
    }

    @Override
    public ResourceAccountChange create(ResourceAccountCreate account) {
        return calls.create(account).send();
    }

    @Override
    public ResourceAccount createAndWait(ResourceAccountCreate account, WaitOptions wait) {
        return calls.createAndWait(account, wait).send();
    }

    @Override
    public ResourceAccountChange modify(String resourceAccountId, ResourceAccountUpdate update) {
        return calls.modify(resourceAccountId, update).send();
    }

    @Override
    public void delete(String resourceAccountId) {
        calls.delete(resourceAccountId).send();
    }

    @Override
    public ResourceAccount awaitStatus(String resourceAccountId, Predicate<? super ResourceAccount> condition,
                                       WaitOptions wait) {
        return calls.awaitStatus(resourceAccountId, condition, wait).send();
    }

    @Override
    public String toString() {
        return "ResourceAccountsApi";
    }
}
