package io.teamsdr.fusion.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a bulk user update, the same shape whether Fusion answered 200 (all succeeded),
 * 207 (some did) or an itemised 400 (none did). When the SDK split the items into several requests,
 * the outcomes are combined here in the order the items were given.
 *
 * @param status {@link BulkStatus#SUCCESS}, {@link BulkStatus#PARTIAL} or {@link BulkStatus#ERROR}
 *     over all items
 * @param items one result per user, in the order Fusion reported them
 * @param messages Fusion's message for each request sent, e.g. {@code Some errors detected}
 * @param requests how many bulk requests were sent
 */
public record BulkResult(BulkStatus status, List<BulkItemResult> items, List<String> messages, int requests) {

    /** Copies the lists. */
    public BulkResult {
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
        messages = List.copyOf(messages);
    }

    /**
     * Tells whether every item succeeded.
     *
     * @return {@code true} for {@link BulkStatus#SUCCESS}
     */
    public boolean allSucceeded() {
        return status.equals(BulkStatus.SUCCESS);
    }

    /**
     * Returns the items that succeeded.
     *
     * @return the successful items
     */
    public List<BulkItemResult> succeeded() {
        return items.stream().filter(BulkItemResult::succeeded).toList();
    }

    /**
     * Returns the items that failed, each with Fusion's code and reason.
     *
     * @return the failed items
     */
    public List<BulkItemResult> failed() {
        return items.stream().filter(item -> !item.succeeded()).toList();
    }

    /**
     * Finds the result of one user; UPNs compare without regard to case, as in Azure AD.
     *
     * @param upn the user principal name
     * @return the result, empty when Fusion reported nothing for it
     */
    public Optional<BulkItemResult> find(String upn) {
        String wanted = upn.toLowerCase(Locale.ROOT);
        return items.stream().filter(item -> item.upn().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
