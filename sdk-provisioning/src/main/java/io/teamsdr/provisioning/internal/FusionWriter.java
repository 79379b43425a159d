package io.teamsdr.provisioning.internal;

import io.teamsdr.core.ApiException;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.fusion.BulkIncompleteException;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.WaitTimeoutException;
import io.teamsdr.fusion.model.BulkItemResult;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountType;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import io.teamsdr.provisioning.FusionSubscription;
import io.teamsdr.provisioning.ResourceAccountSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the provisioning writes to Fusion, in this module's own terms. The only class that
 * writes through the Fusion client.
 */
public final class FusionWriter {
    private final MsTeams teams;
    private final WaitOptions wait;

    /**
     * Writes to one subscription.
     *
     * @param client the Fusion client
     * @param subscription the subscription
     * @param waitTimeout how long to wait for Microsoft to create or change a resource account
     * @param pollInterval how often to look meanwhile
     */
    public FusionWriter(FusionClient client, FusionSubscription subscription, Duration waitTimeout,
                        Duration pollInterval) {
        this.teams = client.msTeams(Subscription.of(subscription.draasInstance(), subscription.tenantUuid(),
                subscription.subscriptionId()));
        this.wait = WaitOptions.timeout(waitTimeout).withPollInterval(pollInterval);
    }

    /**
     * Updates users in bulk jobs of at most {@code batchSize} items, in the given order, and returns
     * each user's outcome. Never throws for a refused item or a failed request: those are results.
     *
     * @param jobName the name of the bulk jobs in Fusion's history
     * @param writes the users
     * @param batchSize the largest number of users per request
     * @param progress told of the users done
     * @return one result per write, in the same order
     */
    public List<WriteResult> updateUsers(String jobName, List<UserWrite> writes, int batchSize,
                                         ProgressListener progress) {
        Map<String, WriteResult> results = new LinkedHashMap<>();
        List<BulkUserItem> items = new ArrayList<>(writes.size());
        for (UserWrite write : writes) {
            try {
                items.add(item(write));
            } catch (ValidationException invalid) {
                results.put(key(write.upn()), new WriteResult(write.upn(), WriteResult.Status.REFUSED,
                        invalid.getMessage()));
            }
        }
        if (!items.isEmpty()) {
            try {
                record(teams.users().bulkUpdate(jobName, items, BulkOptions.batchesOf(batchSize).withProgress(progress)),
                        results);
            } catch (BulkIncompleteException incomplete) {
                record(incomplete.completed(), results);
                String why = "not applied: a bulk request failed: " + message(incomplete.getCause());
                for (BulkUserItem item : incomplete.notApplied()) {
                    results.putIfAbsent(key(item.upn()), new WriteResult(item.upn(), WriteResult.Status.FAILED, why));
                }
            } catch (TeamsdrException failed) {
                String why = "the bulk request failed: " + message(failed);
                for (BulkUserItem item : items) {
                    results.putIfAbsent(key(item.upn()), new WriteResult(item.upn(), WriteResult.Status.FAILED, why));
                }
            }
        }
        List<WriteResult> ordered = new ArrayList<>(writes.size());
        for (UserWrite write : writes) {
            ordered.add(results.getOrDefault(key(write.upn()), new WriteResult(write.upn(), WriteResult.Status.FAILED,
                    "Fusion's bulk answer did not mention this user")));
        }
        return ordered;
    }

    /**
     * Creates a resource account and waits until Microsoft has created it.
     *
     * @param account the account
     * @return the outcome
     */
    public WriteResult createAccount(ResourceAccountSpec account) {
        try {
            ResourceAccountCreate.Builder create = ResourceAccountCreate.builder()
                    .accountType(ResourceAccountType.of(account.kind().value()))
                    .userPrincipalName(account.upn())
                    .displayName(account.displayName())
                    .location(account.location());
            account.number().ifPresent(create::phoneNumber);
            teams.resourceAccounts().createAndWait(create.build(), wait);
            return WriteResult.applied(account.upn());
        } catch (RuntimeException failure) {
            return failure(account.upn(), failure);
        }
    }

    /**
     * Changes the named fields of a resource account and waits until Microsoft has applied them.
     *
     * @param accountId the account's Azure AD object id
     * @param account the account as wanted
     * @param fields the fields to send: {@code type}, {@code displayName}, {@code location}, {@code number}
     * @return the outcome
     */
    public WriteResult modifyAccount(String accountId, ResourceAccountSpec account, Set<String> fields) {
        try {
            ResourceAccountUpdate.Builder update = ResourceAccountUpdate.builder();
            if (fields.contains("type")) {
                update.accountType(ResourceAccountType.of(account.kind().value()));
            }
            if (fields.contains("displayName")) {
                update.displayName(account.displayName());
            }
            if (fields.contains("location")) {
                update.location(account.location());
            }
            if (fields.contains("number")) {
                if (account.number().isPresent()) {
                    update.phoneNumber(account.number().get());
                } else {
                    update.clearPhoneNumber();
                }
            }
            teams.resourceAccounts().modify(accountId, update.build());
            teams.resourceAccounts().awaitStatus(accountId, ResourceAccount::isSettled, wait);
            return WriteResult.applied(account.upn());
        } catch (RuntimeException failure) {
            return failure(account.upn(), failure);
        }
    }

    private static BulkUserItem item(UserWrite write) {
        BulkUserItem.Builder item = BulkUserItem.builder(write.upn(), write.displayName());
        if (write.releaseNumber()) {
            item.clearPhoneNumber();
        } else if (write.number() != null) {
            item.phoneNumber(write.number());
        }
        if (write.vrp() != null) {
            item.voiceRoutingPolicy(write.vrp());
        }
        if (write.location() != null) {
            item.location(write.location());
        }
        if (!write.licenses().isEmpty()) {
            item.licenses(write.licenses());
        }
        if (!write.groups().isEmpty()) {
            item.groups(write.groups());
        }
        return item.build();
    }

    private static void record(BulkResult result, Map<String, WriteResult> results) {
        for (BulkItemResult item : result.items()) {
            results.put(key(item.upn()), item.error()
                    .map(error -> new WriteResult(item.upn(), WriteResult.Status.REFUSED,
                            error.code() + " " + error.reason()))
                    .orElseGet(() -> WriteResult.applied(item.upn())));
        }
    }

    private static WriteResult failure(String key, RuntimeException failure) {
        boolean refused = failure instanceof ApiException api && api.status() >= 400 && api.status() < 500
                || failure instanceof ValidationException;
        String why = failure instanceof WaitTimeoutException ? "Microsoft had not finished after "
                + ((WaitTimeoutException) failure).timeout() + "; it may still complete: " + message(failure)
                : message(failure);
        return new WriteResult(key, refused ? WriteResult.Status.REFUSED : WriteResult.Status.FAILED, why);
    }

    private static String message(Throwable failure) {
        return failure == null ? "unknown cause" : failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage();
    }

    private static String key(String upn) {
        return upn.toLowerCase(Locale.ROOT);
    }
}
