package io.teamsdr.testkit.fusion;

import java.time.Instant;
import java.util.List;

/**
 * One MS Teams resource account. Fusion applies a change at once ({@link #target}); Microsoft shows
 * it only once it settles ({@link #published}), which the list endpoint reports through the Fusion
 * status. Immutable parts are replaced on change, so {@link #copy()} is a field copy.
 */
final class ResourceAccountState {

    /** What Microsoft reports for the account. */
    record View(String displayName, String location, String accountType, String phoneNumber, String vrp,
            boolean licensed) {
    }

    static final String ACTIVE = "active";
    static final String CREATING = "creating";
    static final String UPDATING = "updating";

    String id;
    int fusionId;
    String upn;
    View target;
    /** {@code null} until the creation settles. */
    View published;
    List<String> customerLicenses = List.of();
    Integer connectionId;
    /** {@code null} when settled, else {@link #CREATING} or {@link #UPDATING}. */
    String pending;
    Instant settlesAt;
    int listCallsBeforeSettled;

    ResourceAccountState copy() {
        ResourceAccountState c = new ResourceAccountState();
        c.id = id;
        c.fusionId = fusionId;
        c.upn = upn;
        c.target = target;
        c.published = published;
        c.customerLicenses = customerLicenses;
        c.connectionId = connectionId;
        c.pending = pending;
        c.settlesAt = settlesAt;
        c.listCallsBeforeSettled = listCallsBeforeSettled;
        return c;
    }

    void settle() {
        published = target;
        pending = null;
        settlesAt = null;
        listCallsBeforeSettled = 0;
    }
}
