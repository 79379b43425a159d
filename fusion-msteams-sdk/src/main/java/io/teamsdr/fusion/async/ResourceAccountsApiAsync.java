package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.WaitTimeoutException;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountChange;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.ResourceAccountsApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The MS Teams resource accounts (call queues and auto attendants) of a subscription
 * (endpoints #14 to #17), and waiters for Microsoft's asynchronous processing. Thread-safe.
 *
 * <p>Creating and modifying return as soon as Fusion has accepted the change; Microsoft applies
 * it later, and only the list shows when it has. {@link #createAndWait(ResourceAccountCreate, WaitOptions)}
 * and {@link #awaitStatus(String, Predicate, WaitOptions)} poll the list for that.
 *
 * <pre>{@code
 * ResourceAccount queue = teams.resourceAccounts().createAndWait(create, WaitOptions.timeout(Duration.ofMinutes(2)));
 * teams.resourceAccounts().modify(queue.id(), ResourceAccountUpdate.builder().displayName("Support").build());
 * teams.resourceAccounts().awaitStatus(queue.id(), ResourceAccount::isSettled, WaitOptions.timeout(Duration.ofMinutes(2)));
 * }</pre>
 */
public interface ResourceAccountsApiAsync {

    /**
     * Lists every resource account. Requires {@link FusionOperation#RESOURCE_ACCOUNTS_LIST}'s role.
     * Fusion's 404 "no resource account found" gives an empty list, after the SDK checked once that
     * the subscription exists (see {@link UsersApiAsync#list(io.teamsdr.fusion.model.UserQuery)}).
     *
     * @return the future of the accounts, possibly empty
     */
    CompletableFuture<List<ResourceAccount>> list();

    /**
     * Lists the resource accounts matching a query. Requires
     * {@link FusionOperation#RESOURCE_ACCOUNTS_LIST}'s role.
     *
     * @param query the filters and whether to refresh phone numbers
     * @return the future of the accounts, possibly empty
     */
    CompletableFuture<List<ResourceAccount>> list(ResourceAccountQuery query);

    /**
     * Creates a resource account. Requires {@link FusionOperation#RESOURCE_ACCOUNT_CREATE}'s role.
     * Returns once Fusion has accepted it; Microsoft creates it asynchronously. Not retried
     * automatically (a POST).
     *
     * @param account the account to create
     * @return the future of the Fusion id of the new account (the {@code draas} id in the list, not the Azure AD
     *     object id) and the intermediate status Fusion answered
     */
    CompletableFuture<ResourceAccountChange> create(ResourceAccountCreate account);

    /**
     * Creates a resource account, then polls the list until Microsoft has created it: the account
     * is listed (found by its Fusion id or its user principal name) and
     * {@linkplain ResourceAccount#isSettled() settled}.
     * <p>The future fails with a {@link WaitTimeoutException} when it has not settled in time; the account may still appear later.
     *
     * @param account the account to create
     * @param wait how long to wait and how often to poll
     * @return the future of the account as listed once settled
     */
    CompletableFuture<ResourceAccount> createAndWait(ResourceAccountCreate account, WaitOptions wait);

    /**
     * Modifies a resource account. Requires {@link FusionOperation#RESOURCE_ACCOUNT_UPDATE}'s role.
     * Returns once Fusion has accepted the change; Microsoft applies it asynchronously.
     *
     * @param resourceAccountId the account's Azure AD object id
     * @param update the fields to change
     * @return the future of the Fusion id of the account and the intermediate status Fusion answered
     */
    CompletableFuture<ResourceAccountChange> modify(String resourceAccountId, ResourceAccountUpdate update);

    /**
     * Deletes a resource account, releasing its Microsoft license, its phone number and its
     * customer licenses. Requires {@link FusionOperation#RESOURCE_ACCOUNT_DELETE}'s role. Deleting
     * an account that does not exist succeeds too (the API answers 204 either way).
     *
     * @param resourceAccountId the account's Azure AD object id
     * @return completes when done
     */
    CompletableFuture<Void> delete(String resourceAccountId);

    /**
     * Polls the list until an account is listed and meets a condition, e.g.
     * {@code ResourceAccount::isSettled} after a modification. An account not (yet) listed is
     * waited for too.
     * <p>The future fails with a {@link WaitTimeoutException} when the condition did not hold in time.
     *
     * @param resourceAccountId the account's Azure AD object id
     * @param condition what the listed account must satisfy
     * @param wait how long to wait and how often to poll
     * @return the future of the account as listed when the condition held
     */
    CompletableFuture<ResourceAccount> awaitStatus(String resourceAccountId, Predicate<? super ResourceAccount> condition,
                                                WaitOptions wait);
}
