package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.LayeredSortedMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The users of one subscription, indexed by what the rules check and the lists page by: object id
 * (Graph's order), the users list's order (display name, then id), UPN, phone number, and the seats
 * each license has. Every index is a {@link LayeredSortedMap}, so a copy costs what changed since
 * the seed, and a page is a seek plus a walk, whatever the tenant's size.
 *
 * <p>Stored users are never changed in place: a change puts a new {@link UserState}.
 */
final class UserTable {

    private LayeredSortedMap<String, UserState> byId;
    private LayeredSortedMap<String, UserState> byListOrder;
    private LayeredSortedMap<String, UserState> byUpn;
    private LayeredSortedMap<String, UserState> byNumber;
    private HashMap<String, Integer> seats;

    private UserTable(LayeredSortedMap<String, UserState> byId, LayeredSortedMap<String, UserState> byListOrder,
            LayeredSortedMap<String, UserState> byUpn, LayeredSortedMap<String, UserState> byNumber,
            HashMap<String, Integer> seats) {
        this.byId = byId;
        this.byListOrder = byListOrder;
        this.byUpn = byUpn;
        this.byNumber = byNumber;
        this.seats = seats;
    }

    /** A table to fill with many users before it is {@link #compact() compacted}; no ordered reads meanwhile. */
    static UserTable loading() {
        return loading(16);
    }

    /** A table to fill with about {@code expected} users (and a tenth as many numbers). */
    static UserTable loading(int expected) {
        return new UserTable(LayeredSortedMap.loading(expected), LayeredSortedMap.loading(expected),
                LayeredSortedMap.loading(expected), LayeredSortedMap.loading(expected / 10), new HashMap<>());
    }

    UserTable copy() {
        return new UserTable(byId.copy(), byListOrder.copy(), byUpn.copy(), byNumber.copy(), new HashMap<>(seats));
    }

    /** The same users with every index frozen: later copies cost only their own changes. */
    UserTable compact() {
        return new UserTable(byId.compact(), byListOrder.compact(), byUpn.compact(), byNumber.compact(),
                new HashMap<>(seats));
    }

    int size() {
        return byId.size();
    }

    UserState get(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    Optional<UserState> byUpn(String upn) {
        return Optional.ofNullable(byUpn.get(UserRules.normalizeUpn(upn)));
    }

    Optional<UserState> holderOf(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Seats of a license held by users. */
    int seats(String skuId) {
        return seats.getOrDefault(skuId, 0);
    }

    /** Adds a user or replaces the one with the same id, keeping every index in step. */
    void put(UserState user) {
        UserState previous = byId.put(user.id, user);
        if (previous != null) {
            unindex(previous);
        }
        byListOrder.put(user.sortKey(), user);
        byUpn.put(UserRules.normalizeUpn(user.upn), user);
        if (user.phoneNumber != null) {
            byNumber.put(user.phoneNumber, user);
        }
        user.licenses.forEach(sku -> seats.merge(sku, 1, Integer::sum));
    }

    /** Removes a user with its number and seats. */
    UserState remove(String id) {
        UserState previous = byId.remove(id);
        if (previous != null) {
            unindex(previous);
        }
        return previous;
    }

    private void unindex(UserState user) {
        byListOrder.remove(user.sortKey());
        byUpn.remove(UserRules.normalizeUpn(user.upn));
        if (user.phoneNumber != null) {
            byNumber.remove(user.phoneNumber);
        }
        user.licenses.forEach(sku -> seats.merge(sku, -1, Integer::sum));
    }

    /** Users in the users list's order after a position ({@link UserState#sortKey()}), {@code null} for the start. */
    Iterator<UserState> inListOrderAfter(String position) {
        return values(byListOrder.entriesAfter(position));
    }

    /** Users in object id order after an id, {@code null} for the start. */
    Iterator<UserState> inIdOrderAfter(String id) {
        return values(byId.entriesAfter(id));
    }

    /** Every user, in object id order. */
    Iterable<UserState> all() {
        return byId.values();
    }

    /** Visits every user in no particular order; works while loading too. */
    void forEach(java.util.function.Consumer<UserState> action) {
        byId.forEach((id, user) -> action.accept(user));
    }

    private static Iterator<UserState> values(Iterator<Map.Entry<String, UserState>> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public UserState next() {
                return entries.next().getValue();
            }
        };
    }
}
