package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.provisioning.internal.AccountView;
import io.teamsdr.provisioning.internal.Checks;
import io.teamsdr.provisioning.internal.FusionCatalog;
import io.teamsdr.provisioning.internal.FusionReader;
import io.teamsdr.provisioning.internal.FusionUserView;
import io.teamsdr.provisioning.internal.GroupRef;
import io.teamsdr.provisioning.internal.LicenseInfo;
import io.teamsdr.provisioning.internal.LicenseRef;
import io.teamsdr.provisioning.internal.SbcReader;
import io.teamsdr.provisioning.internal.SbcTenantView;
import io.teamsdr.provisioning.internal.SipUserView;
import io.teamsdr.provisioning.internal.StateHash;
import io.teamsdr.provisioning.internal.UserDetails;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads both platforms and works out the plan. Fusion first (catalog, users streamed page by page,
 * the policy and groups of users that need them read a few at a time, resource accounts), then the
 * SBC (tenants, SIP users streamed). Memory holds the desired state, the plan being built and one
 * index of who holds which number on Fusion; never a whole observed list.
 */
final class Planner {
    static final String USERS = "fusion.users";
    static final String DETAILS = "fusion.userDetails";
    static final String ACCOUNTS = "fusion.resourceAccounts";
    static final String CATALOG = "fusion.catalog";
    static final String TENANTS = "sbc.tenants";
    static final String SIP_USERS = "sbc.users";

    private final SipUserNaming naming;
    private final int readConcurrency;
    private final Clock clock;

    Planner(SipUserNaming naming, int readConcurrency, Clock clock) {
        this.naming = naming;
        this.readConcurrency = readConcurrency;
        this.clock = clock;
    }

    Plan plan(DesiredState desired, FusionReader fusion, SbcReader sbc, ProgressListener progress) {
        return new Run(desired, fusion, sbc, progress).plan();
    }

    /** Who holds a number on Fusion. */
    private record Holder(String upn, boolean account) {
        String describe() {
            return (account ? "resource account " : "") + upn;
        }
    }

    /** A reference of the desired state that the tenant does not have, and who names it. */
    private static final class Unknown {
        final List<String> examples = new ArrayList<>(3);
        int users;
    }

    /** One planning run: the state read so far and the plan being built. */
    private final class Run {
        private final DesiredState desired;
        private final FusionReader fusion;
        private final SbcReader sbc;
        private final ProgressListener progress;
        private final List<VoiceUser> users;
        private final String tenantId;
        private final BitSet found = new BitSet();
        /** Left out of the plan on both platforms (a conflict was reported). */
        private final BitSet blocked = new BitSet();
        private final String[] fusionNumber;
        private final Map<String, Holder> holders = new HashMap<>();
        private final List<UserAction> userActions = Collections.synchronizedList(new ArrayList<>());
        private final List<ResourceAccountAction> accountActions = new ArrayList<>();
        private final List<SipUserAction> sipActions = new ArrayList<>();
        private SbcTenantAction tenantAction;
        private final List<Drift> drift = new ArrayList<>();
        private final List<Conflict> conflicts = Collections.synchronizedList(new ArrayList<>());
        private final List<String> warnings = new ArrayList<>();
        private final StateHash hash = new StateHash();
        private final Map<String, LicenseInfo> licenses = new HashMap<>();
        private final Map<String, GroupRef> groups = new HashMap<>();
        private final Map<String, String> vrps = new HashMap<>();
        private final AtomicLong details = new AtomicLong();
        /*
         * Values that many actions share (a policy, a license list, "licenses: SPE_E3 -> SPE_E3, MCOEV")
         * are kept once: a plan for a hundred thousand users must fit a small heap. Diffs run on the
         * threads of the detail reads too, hence concurrent maps.
         */
        private final Map<FieldChange, FieldChange> sharedChanges = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> sharedOptionals = new ConcurrentHashMap<>();
        private final Map<List<String>, List<String>> sharedLists = new ConcurrentHashMap<>();
        /** Users listed, then gone when their details were read (read on other threads). */
        private final List<String> vanished = Collections.synchronizedList(new ArrayList<>());
        /** The SBC tenant can be neither found nor created: no SIP user can be planned. */
        private boolean sbcTenantBlocked;
        private long fusionUsers;
        private long accounts;
        private long tenants;
        private long sipUsers;

        Run(DesiredState desired, FusionReader fusion, SbcReader sbc, ProgressListener progress) {
            this.desired = desired;
            this.fusion = fusion;
            this.sbc = sbc;
            this.progress = progress;
            this.users = desired.users();
            this.tenantId = desired.sbcTenant().tenantId();
            this.fusionNumber = new String[users.size()];
            for (String part : List.of(USERS, DETAILS, ACCOUNTS, CATALOG, TENANTS, SIP_USERS)) {
                hash.part(part);
            }
        }

        Plan plan() {
            readCatalog();
            readUsers();
            readAccounts();
            resolveNumbers();
            warnAboutSeats();
            for (int i = found.nextClearBit(0); i < users.size(); i = found.nextClearBit(i + 1)) {
                if (!blocked.get(i)) {
                    conflicts.add(new Conflict(Platform.FUSION, "user " + users.get(i).upn(), "Fusion does not list "
                            + "this MS Teams user: create it in Microsoft 365 first, or check that it is inside the "
                            + "tenant's SRE group filter; it is left out on both platforms"));
                    blocked.set(i);
                }
            }
            readSbcTenant();
            readSipUsers();
            Fingerprint fingerprint = new Fingerprint(hash.value(), hash.parts());
            return new Plan(desired, clock.instant(), fingerprint,
                    new Observed(fusionUsers, details.get(), accounts, tenants, sipUsers),
                    userActions, accountActions, tenantAction, sipActions, drift, conflicts, warnings);
        }

        // Fusion: catalog

        private void readCatalog() {
            FusionCatalog catalog = fusion.catalog();
            for (LicenseInfo license : catalog.licenses()) {
                hash.add(CATALOG, "license", license.skuId(), license.partNumber());
                licenses.put(lower(license.skuId()), license);
                licenses.putIfAbsent(lower(license.partNumber()), license);
            }
            for (GroupRef group : catalog.groups()) {
                hash.add(CATALOG, "group", group.id(), group.name());
                groups.put(lower(group.id()), group);
                groups.putIfAbsent(lower(group.name()), group);
            }
            for (String vrp : catalog.vrps()) {
                hash.add(CATALOG, "vrp", vrp);
                vrps.put(lower(vrp), vrp);
            }
            Map<String, Unknown> unknown = new LinkedHashMap<>();
            for (int i = 0; i < users.size(); i++) {
                VoiceUser user = users.get(i);
                boolean known = true;
                for (String license : user.licenses()) {
                    known &= check(licenses.containsKey(lower(license)), "license '" + license + "'", user, unknown);
                }
                for (String group : user.groups()) {
                    known &= check(groups.containsKey(lower(group)), "group '" + group + "'", user, unknown);
                }
                if (user.vrp().isPresent()) {
                    String vrp = user.vrp().get();
                    known &= check(vrps.containsKey(lower(vrp)), "voice routing policy '" + vrp + "'", user, unknown);
                }
                if (!known) {
                    blocked.set(i);
                }
            }
            unknown.forEach((what, who) -> conflicts.add(new Conflict(Platform.FUSION, what, "the tenant has no such "
                    + what.substring(0, what.indexOf(' ')) + " (" + choices(what) + "); " + who.users
                    + (who.users == 1 ? " user names" : " users name") + " it (" + String.join(", ", who.examples)
                    + (who.users > who.examples.size() ? ", ..." : "") + "), left out on both platforms")));
        }

        private boolean check(boolean known, String what, VoiceUser user, Map<String, Unknown> unknown) {
            if (!known) {
                Unknown who = unknown.computeIfAbsent(what, key -> new Unknown());
                if (who.examples.size() < 3) {
                    who.examples.add(user.upn());
                }
                who.users++;
            }
            return known;
        }

        private String choices(String what) {
            List<String> names;
            if (what.startsWith("license")) {
                names = licenses.values().stream().map(LicenseInfo::partNumber).distinct().sorted().toList();
            } else if (what.startsWith("group")) {
                names = groups.values().stream().map(GroupRef::name).distinct().sorted().toList();
            } else {
                names = vrps.values().stream().sorted().toList();
            }
            return names.isEmpty() ? "it has none" : "it has " + String.join(", ", names.stream().limit(12).toList())
                    + (names.size() > 12 ? ", ..." : "");
        }

        // Fusion: users

        private void readUsers() {
            DetailReads reads = new DetailReads(readConcurrency);
            fusionUsers = fusion.forEachUser(user -> {
                hash.add(USERS, user.id(), user.upn(), user.displayName(), user.location(), user.number(),
                        StateHash.sorted(user.licenses().stream().map(LicenseRef::skuId).toList()));
                if (user.number() != null) {
                    holders.put(user.number(), new Holder(user.upn(), false));
                }
                Integer index = desired.indexOf(lower(user.upn()));
                if (index == null) {
                    if (user.number() != null && desired.unlistedUsers() == UnlistedUsers.RELEASE_NUMBERS) {
                        userActions.add(release(user));
                    }
                    return;
                }
                found.set(index);
                fusionNumber[index] = user.number();
                if (blocked.get(index)) {
                    return;
                }
                VoiceUser wanted = users.get(index);
                if (user.number() != null && (wanted.vrp().isPresent() || !wanted.groups().isEmpty())) {
                    reads.read(user, wanted);
                } else {
                    add(diff(user, null, wanted));
                }
            }, progress);
            reads.awaitAll();
            for (String upn : vanished) {
                blocked.set(desired.indexOf(lower(upn)));
                conflicts.add(new Conflict(Platform.FUSION, "user " + upn, "deleted from the tenant while the plan "
                        + "was made; make a new plan"));
            }
        }

        private void add(UserAction action) {
            if (action != null) {
                userActions.add(action);
            }
        }

        /** Reads users' policy and groups a few at a time, without holding a thread per read. */
        private final class DetailReads {
            private final int limit;
            private final Semaphore permits;
            private final AtomicReference<Throwable> failure = new AtomicReference<>();

            DetailReads(int limit) {
                this.limit = limit;
                this.permits = new Semaphore(limit);
            }

            void read(FusionUserView user, VoiceUser wanted) {
                permits.acquireUninterruptibly();
                try {
                    rethrow();
                    submit(user, wanted);
                } catch (RuntimeException | Error failed) {
                    permits.release();
                    throw failed;
                }
            }

            private void submit(FusionUserView user, VoiceUser wanted) {
                fusion.detailsAsync(user.id()).whenComplete((read, error) -> {
                    try {
                        if (error == null) {
                            details.incrementAndGet();
                            hash.add(DETAILS, user.id(), read.vrp(),
                                    StateHash.sorted(read.groups().stream().map(GroupRef::id).toList()));
                            add(diff(user, read, wanted));
                        } else if (unwrap(error) instanceof NotFoundException) {
                            vanished.add(user.upn());
                        } else {
                            failure.compareAndSet(null, unwrap(error));
                        }
                    } catch (RuntimeException broken) {
                        failure.compareAndSet(null, broken);
                    } finally {
                        permits.release();
                    }
                });
            }

            void awaitAll() {
                permits.acquireUninterruptibly(limit);
                permits.release(limit);
                rethrow();
            }

            private void rethrow() {
                Throwable failed = failure.get();
                if (failed instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failed instanceof Error error) {
                    throw error;
                }
                if (failed != null) {
                    throw new IllegalStateException("reading a user's details failed", failed);
                }
            }
        }

        private UserAction release(FusionUserView user) {
            return new UserAction(ActionKind.REMOVE, user.upn(), user.id(), user.displayName(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), List.of(),
                    List.of(FieldChange.of("number", user.number(), null)),
                    "holds a number but the desired state does not list it (unlistedUsers: release-numbers)");
        }

        private FieldChange change(String field, String before, String after) {
            FieldChange change = FieldChange.of(field, before, after);
            return field.equals("number") ? change : sharedChanges.computeIfAbsent(change, same -> same);
        }

        private Optional<String> shared(String value) {
            return value == null ? Optional.empty() : sharedOptionals.computeIfAbsent(value, Optional::of);
        }

        private List<String> shared(List<String> values) {
            return values.isEmpty() ? List.of() : sharedLists.computeIfAbsent(List.copyOf(values), same -> same);
        }

        /** The action that brings a listed user to its desired state; {@code null} when it is there. */
        private UserAction diff(FusionUserView user, UserDetails read, VoiceUser wanted) {
            boolean add = user.number() == null;
            List<FieldChange> changes = new ArrayList<>();
            Optional<String> number = Optional.empty();
            if (!wanted.number().equals(user.number())) {
                number = Optional.of(wanted.number());
                changes.add(new FieldChange("number", Optional.ofNullable(user.number()), number));
            }
            String vrp = null;
            if (wanted.vrp().isPresent()) {
                String policy = vrps.get(lower(wanted.vrp().get()));
                if (add || read != null && !policy.equalsIgnoreCase(Objects.requireNonNullElse(read.vrp(), ""))) {
                    vrp = policy;
                    changes.add(change("vrp", read == null ? null : read.vrp(), policy));
                }
            }
            String location = null;
            if (wanted.location().isPresent() && !wanted.location().get().equals(user.location())) {
                location = wanted.location().get();
                changes.add(change("location", user.location(), location));
            }
            Set<String> held = new HashSet<>();
            user.licenses().forEach(license -> held.add(lower(license.skuId())));
            List<String> addLicenses = new ArrayList<>();
            for (String name : wanted.licenses()) {
                LicenseInfo license = licenses.get(lower(name));
                if (held.add(lower(license.skuId()))) {
                    addLicenses.add(license.partNumber());
                }
            }
            if (!addLicenses.isEmpty()) {
                List<String> before = user.licenses().stream().map(LicenseRef::partNumber).toList();
                List<String> after = new ArrayList<>(before);
                after.addAll(addLicenses);
                changes.add(change("licenses", join(before), join(after)));
            }
            List<String> addGroups = new ArrayList<>();
            if (!wanted.groups().isEmpty() && (add || read != null)) {
                Set<String> member = new HashSet<>();
                if (read != null) {
                    read.groups().forEach(group -> member.add(lower(group.id())));
                }
                for (String name : wanted.groups()) {
                    GroupRef group = groups.get(lower(name));
                    if (member.add(lower(group.id()))) {
                        addGroups.add(group.name());
                    }
                }
                if (!addGroups.isEmpty()) {
                    List<String> before = read == null ? List.of() : read.groups().stream().map(GroupRef::name).toList();
                    List<String> after = new ArrayList<>(before);
                    after.addAll(addGroups);
                    changes.add(change("groups", read == null ? null : join(before), join(after)));
                }
            }
            if (!add && changes.isEmpty()) {
                return null;
            }
            // The desired state's copy of the UPN when it is the same text: one string per user, not two.
            String upn = wanted.upn().equals(user.upn()) ? wanted.upn() : user.upn();
            return new UserAction(add ? ActionKind.ADD : ActionKind.CHANGE, upn, user.id(), user.displayName(),
                    number, shared(vrp), shared(location), shared(addLicenses),
                    shared(addGroups), changes, add ? "listed in the desired state; holds no number on Fusion yet"
                            : "differs from the desired state");
        }

        // Fusion: resource accounts

        private void readAccounts() {
            Map<String, AccountView> byUpnObserved = new HashMap<>();
            for (AccountView account : fusion.resourceAccounts()) {
                accounts++;
                hash.add(ACCOUNTS, account.id(), account.upn(), account.displayName(), account.location(),
                        account.kind(), account.number(), String.valueOf(account.settled()));
                byUpnObserved.put(lower(account.upn()), account);
                if (account.number() != null) {
                    holders.putIfAbsent(account.number(), new Holder(account.upn(), true));
                }
            }
            for (ResourceAccountSpec wanted : desired.resourceAccounts()) {
                AccountView observed = byUpnObserved.get(lower(wanted.upn()));
                if (observed == null) {
                    List<FieldChange> changes = new ArrayList<>();
                    changes.add(FieldChange.of("type", null, wanted.kind().value()));
                    changes.add(FieldChange.of("displayName", null, wanted.displayName()));
                    changes.add(FieldChange.of("location", null, wanted.location()));
                    wanted.number().ifPresent(number -> changes.add(FieldChange.of("number", null, number)));
                    accountActions.add(new ResourceAccountAction(ActionKind.ADD, wanted, Optional.empty(), changes,
                            "listed in the desired state; Fusion has no such resource account"));
                    continue;
                }
                if (!observed.settled()) {
                    warnings.add("resource account " + observed.upn() + " is still being changed by Microsoft; "
                            + "the plan compares with what Fusion shows now");
                }
                List<FieldChange> changes = new ArrayList<>();
                if (!wanted.kind().value().equalsIgnoreCase(observed.kind())) {
                    changes.add(FieldChange.of("type", observed.kind(), wanted.kind().value()));
                }
                if (!wanted.displayName().equals(observed.displayName())) {
                    changes.add(FieldChange.of("displayName", observed.displayName(), wanted.displayName()));
                }
                if (!Objects.equals(wanted.location(), observed.location())) {
                    changes.add(FieldChange.of("location", observed.location(), wanted.location()));
                }
                if (!Objects.equals(wanted.number().orElse(null), observed.number())) {
                    changes.add(FieldChange.of("number", observed.number(), wanted.number().orElse(null)));
                }
                if (!changes.isEmpty()) {
                    accountActions.add(new ResourceAccountAction(ActionKind.CHANGE, wanted, Optional.of(observed.id()),
                            changes, "differs from the desired state"));
                }
            }
        }

        // Fusion: who may take which number, and in which order

        private void resolveNumbers() {
            Map<String, UserAction> releasedBy = new HashMap<>();
            for (UserAction action : userActions) {
                previousNumber(action).ifPresent(number -> {
                    if (action.kind() == ActionKind.REMOVE || action.number().isPresent()) {
                        releasedBy.put(number, action);
                    }
                });
            }
            Set<UserAction> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
            for (UserAction action : userActions) {
                action.number().ifPresent(number -> {
                    Holder holder = holders.get(number);
                    if (holder == null || holder.upn().equalsIgnoreCase(action.upn())) {
                        return;
                    }
                    UserAction releaser = releasedBy.get(number);
                    if (releaser == null || holder.account()) {
                        dropped.add(action);
                        conflicts.add(new Conflict(Platform.FUSION, action.subject(), "its number " + number
                                + " is held by " + holder.describe() + (holder.account() || desired.indexOf(
                                lower(holder.upn())) != null ? ", which keeps it" : ", which the desired state does not list "
                                + "(unlistedUsers: keep keeps its number)") + "; free the number first; left out on "
                                + "both platforms"));
                    }
                });
            }
            // A user taking a number from a user who gives it up goes after that user. Each number has one
            // releaser, so following "my number's releaser" is a chain; a chain that closes on itself is a
            // swap Fusion cannot do in one pass.
            List<UserAction> ordered = new ArrayList<>();
            List<UserAction> sorted = new ArrayList<>(userActions);
            sorted.sort(Comparator.comparing((UserAction action) -> action.kind() != ActionKind.REMOVE)
                    .thenComparing(action -> lower(action.upn())));
            Map<UserAction, Integer> state = new IdentityHashMap<>();
            for (UserAction start : sorted) {
                if (state.containsKey(start)) {
                    continue;
                }
                List<UserAction> path = new ArrayList<>();
                UserAction current = start;
                while (current != null && !state.containsKey(current)) {
                    state.put(current, 1);
                    path.add(current);
                    UserAction next = current.number().map(releasedBy::get).orElse(null);
                    current = next == current || next != null && next.kind() == ActionKind.REMOVE ? null : next;
                }
                int cycleStart = current != null && state.get(current) == 1 ? path.indexOf(current) : -1;
                boolean blockedChain = cycleStart >= 0 || current != null && dropped.contains(current);
                for (int i = path.size() - 1; i >= 0; i--) {
                    UserAction action = path.get(i);
                    state.put(action, 2);
                    if (dropped.contains(action)) {
                        blockedChain = true;
                        continue;
                    }
                    if (blockedChain) {
                        dropped.add(action);
                        conflicts.add(new Conflict(Platform.FUSION, action.subject(), i >= cycleStart && cycleStart >= 0
                                ? "its number " + action.number().orElseThrow() + " comes from a swap of numbers "
                                + "between users, which Fusion cannot do while each still holds the other's number; "
                                + "give one of them a free number first; left out on both platforms"
                                : "its number " + action.number().orElseThrow() + " is freed only by a change that is "
                                + "left out; left out on both platforms"));
                        continue;
                    }
                    ordered.add(action);
                }
            }
            for (UserAction action : dropped) {
                Integer index = desired.indexOf(lower(action.upn()));
                if (index != null) {
                    blocked.set(index);
                }
            }
            userActions.clear();
            userActions.addAll(ordered);
            accountActions.removeIf(account -> account.account().number().map(number -> {
                Holder holder = holders.get(number);
                if (holder == null || holder.upn().equalsIgnoreCase(account.account().upn())) {
                    return false;
                }
                UserAction releaser = releasedBy.get(number);
                if (!holder.account() && releaser != null && !dropped.contains(releaser)) {
                    return false;
                }
                conflicts.add(new Conflict(Platform.FUSION, account.subject(), "its number " + number + " is held by "
                        + holder.describe() + ", which keeps it; free the number first; left out"));
                return true;
            }).orElse(false));
        }

        private void warnAboutSeats() {
            Map<String, Integer> needed = new LinkedHashMap<>();
            for (UserAction action : userActions) {
                for (String name : action.addLicenses()) {
                    needed.merge(licenses.get(lower(name)).skuId(), 1, Integer::sum);
                }
            }
            needed.forEach((sku, count) -> {
                LicenseInfo license = licenses.get(lower(sku));
                if (count > license.free()) {
                    warnings.add(license.partNumber() + ": " + count + " users need a seat and " + license.free()
                            + (license.free() == 1 ? " is" : " are") + " free; Fusion will refuse the users it has no "
                            + "seat for, and they are then left off the SBC");
                }
            });
        }

        // SBC

        private void readSbcTenant() {
            SbcTenant wanted = desired.sbcTenant();
            SbcTenantView ours = null;
            String didOwner = null;
            for (SbcTenantView tenant : sbc.tenants()) {
                tenants++;
                hash.add(TENANTS, tenant.tenantId(), tenant.tenantName(), tenant.microsoftFqdn(), tenant.localIp(),
                        tenant.did(), tenant.pbxId(), tenant.spId());
                if (tenant.tenantId().equals(wanted.tenantId())) {
                    ours = tenant;
                } else if (tenant.did().equals(wanted.did())) {
                    didOwner = tenant.tenantId();
                }
            }
            String subject = "tenant " + wanted.tenantId();
            if (ours == null) {
                if (didOwner != null) {
                    conflicts.add(new Conflict(Platform.SBC, subject, "cannot be created: its DID " + wanted.did()
                            + " is the DID of tenant " + didOwner + " (tenant DIDs are unique on the SBC), so no SIP "
                            + "user is planned either"));
                    sbcTenantBlocked = true;
                    return;
                }
                tenantAction = new SbcTenantAction(ActionKind.ADD, wanted, List.of(
                        FieldChange.of("tenantName", null, wanted.tenantName()),
                        FieldChange.of("microsoftFqdn", null, wanted.microsoftFqdn()),
                        FieldChange.of("localIp", null, wanted.localIp()),
                        FieldChange.of("did", null, wanted.did()),
                        FieldChange.of("pbxId", null, wanted.pbxId()),
                        FieldChange.of("spId", null, wanted.spId())),
                        "the SBC has no tenant " + wanted.tenantId());
                return;
            }
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "tenantName", ours.tenantName(), wanted.tenantName());
            compare(changes, "microsoftFqdn", ours.microsoftFqdn(), wanted.microsoftFqdn());
            compare(changes, "localIp", ours.localIp(), wanted.localIp());
            if (!ours.did().equals(wanted.did())) {
                if (didOwner != null) {
                    conflicts.add(new Conflict(Platform.SBC, subject, "its DID cannot become " + wanted.did()
                            + ": that is the DID of tenant " + didOwner + " (tenant DIDs are unique on the SBC)"));
                } else {
                    changes.add(FieldChange.of("did", ours.did(), wanted.did()));
                }
            }
            for (String[] fixed : new String[][] {{"pbxId", ours.pbxId(), wanted.pbxId()},
                    {"spId", ours.spId(), wanted.spId()}}) {
                if (!fixed[1].equals(fixed[2])) {
                    conflicts.add(new Conflict(Platform.SBC, subject, fixed[0] + " cannot change after the tenant was "
                            + "created (the SBC has " + fixed[1] + ", the desired state " + fixed[2] + "): correct the "
                            + "desired state, or delete the tenant on the SBC (which deletes its SIP users) so that "
                            + "the next apply creates it anew"));
                }
            }
            if (!changes.isEmpty()) {
                tenantAction = new SbcTenantAction(ActionKind.CHANGE, wanted, changes, "differs from the desired state");
            }
        }

        private void compare(List<FieldChange> changes, String field, String observed, String wanted) {
            if (!observed.equals(wanted)) {
                changes.add(FieldChange.of(field, observed.isEmpty() ? null : observed, wanted));
            }
        }

        private void readSipUsers() {
            int size = sbcTenantBlocked ? 0 : users.size();
            String[] sipNames = new String[size];
            String[] sbcDid = new String[size];
            BitSet sbcBlocked = new BitSet();
            Map<String, Integer> bySip = new HashMap<>(size * 4 / 3 + 1);
            Map<String, Integer> byDid = new HashMap<>(size * 4 / 3 + 1);
            for (int i = blocked.nextClearBit(0); i < size; i = blocked.nextClearBit(i + 1)) {
                VoiceUser user = users.get(i);
                String sip = naming.sipUser(user.upn(), tenantId);
                Optional<String> invalid = Checks.sipUser(sip);
                if (invalid.isPresent()) {
                    sbcConflict(sbcBlocked, i, "SIP user name '" + sip + "' derived from the UPN is not valid ("
                            + invalid.get() + "); supply a SipUserNaming that gives valid names");
                    continue;
                }
                // The index boxed once, by the desired state's own index, is shared by both maps.
                Integer boxed = desired.indexOf(lower(user.upn()));
                Integer other = bySip.putIfAbsent(sip, boxed);
                if (other != null) {
                    sbcConflict(sbcBlocked, i, "its SIP user name " + sip + " is also derived from "
                            + users.get(other).upn() + "; supply a SipUserNaming that keeps them apart");
                    continue;
                }
                sipNames[i] = sip;
                byDid.put(user.number(), boxed);
            }
            List<SipUserAction> removals = new ArrayList<>();
            sipUsers = sbc.forEachUser(row -> {
                hash.add(SIP_USERS, row.tenantId(), row.sipUser(), row.did());
                if (row.tenantId().equals(tenantId)) {
                    Integer index = bySip.get(row.sipUser());
                    if (index != null) {
                        sbcDid[index] = row.did();
                    } else {
                        unlistedRow(row, removals, byDid, sbcBlocked);
                    }
                    checkDrift(row, index);
                } else {
                    Integer index = bySip.get(row.sipUser());
                    if (index != null) {
                        sbcConflict(sbcBlocked, index, "its SIP user name " + row.sipUser() + " is taken by tenant "
                                + row.tenantId() + " (SIP user names are unique on the SBC)");
                    }
                    Integer holder = byDid.get(row.did());
                    if (holder != null) {
                        sbcConflict(sbcBlocked, holder, "its DID " + row.did() + " is the DID of SIP user "
                                + row.sipUser() + " of tenant " + row.tenantId() + " (DIDs are unique on the SBC)");
                    }
                }
            });
            removals.sort(Comparator.comparing(SipUserAction::sipUser));
            sipActions.addAll(removals);
            List<SipUserAction> upserts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (sipNames[i] == null || sbcBlocked.get(i) || blocked.get(i)) {
                    continue;
                }
                VoiceUser user = users.get(i);
                if (sbcDid[i] == null) {
                    Optional<String> did = Optional.of(user.number());
                    upserts.add(new SipUserAction(ActionKind.ADD, tenantId, sipNames[i], did, Optional.of(user.upn()),
                            List.of(new FieldChange("did", Optional.empty(), did)),
                            "a voice user of the desired state; the SBC tenant has no such SIP user"));
                } else if (!sbcDid[i].equals(user.number())) {
                    Optional<String> did = Optional.of(user.number());
                    upserts.add(new SipUserAction(ActionKind.CHANGE, tenantId, sipNames[i], did, Optional.of(user.upn()),
                            List.of(new FieldChange("did", Optional.of(sbcDid[i]), did)),
                            "its DID differs from the user's number in the desired state"));
                }
            }
            upserts.sort(Comparator.comparing(SipUserAction::sipUser));
            sipActions.addAll(upserts);
        }

        private void unlistedRow(SipUserView row, List<SipUserAction> removals, Map<String, Integer> byDid,
                                 BitSet sbcBlocked) {
            Holder holder = holders.get(row.did());
            Optional<String> mirrors = holder != null && naming.sipUser(holder.upn(), tenantId).equals(row.sipUser())
                    ? Optional.of(holder.upn()) : Optional.empty();
            if (desired.unlistedUsers() == UnlistedUsers.RELEASE_NUMBERS) {
                removals.add(new SipUserAction(ActionKind.REMOVE, tenantId, row.sipUser(), Optional.empty(), mirrors,
                        List.of(FieldChange.of("did", row.did(), null)),
                        "the desired state does not list it (unlistedUsers: release-numbers)"));
                return;
            }
            Integer index = byDid.get(row.did());
            if (index != null) {
                sbcConflict(sbcBlocked, index, "its DID " + row.did() + " is the DID of SIP user " + row.sipUser()
                        + ", which the desired state does not list and keeps (unlistedUsers: keep)");
            }
        }

        private void checkDrift(SipUserView row, Integer index) {
            Holder holder = holders.get(row.did());
            String subject = "SIP user " + row.sipUser();
            if (holder == null) {
                String known = index != null && fusionNumber[index] != null ? "; " + users.get(index).upn() + " holds "
                        + fusionNumber[index] + " on Fusion" : "";
                drift.add(new Drift(DriftKind.DID_NOT_ON_FUSION, subject, "has DID " + row.did()
                        + ", which nobody holds on Fusion" + known));
            } else if (!naming.sipUser(holder.upn(), tenantId).equals(row.sipUser())) {
                drift.add(new Drift(DriftKind.DID_HELD_BY_OTHER, subject, "has DID " + row.did()
                        + ", which Fusion gave to " + holder.describe()));
            }
        }

        private void sbcConflict(BitSet sbcBlocked, int index, String reason) {
            if (!sbcBlocked.get(index)) {
                sbcBlocked.set(index);
                conflicts.add(new Conflict(Platform.SBC, "SIP user of " + users.get(index).upn(), reason
                        + "; left off the SBC"));
            }
        }

        private Optional<String> previousNumber(UserAction action) {
            return action.changes().stream().filter(change -> change.field().equals("number")).findFirst()
                    .flatMap(FieldChange::before);
        }
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String join(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
