package io.teamsdr.fusion;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import java.util.List;

/**
 * A bulk update split into several requests stopped because one request failed (the cause). The
 * requests before it were answered; their combined result is in {@link #completed()}. The items of
 * the failed request and of those never sent are in {@link #notApplied()}, ready to send again (a
 * failed request may still have been applied, e.g. after a timeout; the bulk history tells).
 */
public class BulkIncompleteException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final transient BulkResult completed;
    private final transient List<BulkUserItem> notApplied;

    /**
     * Creates the exception.
     *
     * @param completed the combined result of the requests that were answered
     * @param notApplied the items of the failed request and of the requests not sent
     * @param cause why the request failed
     */
    public BulkIncompleteException(BulkResult completed, List<BulkUserItem> notApplied, Throwable cause) {
        super("The bulk update stopped after " + completed.requests() + " request(s) answered ("
                + completed.items().size() + " item result(s)); " + notApplied.size()
                + " item(s) were not applied. Cause: " + cause.getMessage(), cause);
        this.completed = completed;
        this.notApplied = List.copyOf(notApplied);
    }

    /**
     * Returns the combined result of the requests Fusion answered.
     *
     * @return the partial result
     */
    public BulkResult completed() {
        return completed;
    }

    /**
     * Returns the items not applied: those of the failed request and of the requests never sent.
     *
     * @return the items, in their original order
     */
    public List<BulkUserItem> notApplied() {
        return notApplied;
    }
}
