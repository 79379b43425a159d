package io.teamsdr.testkit.fusion;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role names the Fusion MS Teams API requires, exactly as the API document spells them. The
 * fake answers 403 naming the role when a token lacks it.
 */
public final class FusionRoles {

    private static final String PREFIX = "tenants.instance.subscriptions.instance.msteams.";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.status.read}. */
    public static final String STATUS_READ = PREFIX + "status.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.admins.read}. */
    public static final String ADMINS_READ = PREFIX + "admins.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.admins.update}. */
    public static final String ADMINS_UPDATE = PREFIX + "admins.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.admins.delete}. */
    public static final String ADMINS_DELETE = PREFIX + "admins.delete";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.list}. */
    public static final String USERS_LIST = PREFIX + "users.list";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.read}. */
    public static final String USERS_READ = PREFIX + "users.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.check}. */
    public static final String USERS_INSTANCE_CHECK = PREFIX + "users.instance.check";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.update}. */
    public static final String USERS_INSTANCE_UPDATE = PREFIX + "users.instance.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.bulk}. */
    public static final String USERS_BULK = PREFIX + "users.bulk";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.groups.update}. */
    public static final String USERS_INSTANCE_GROUPS_UPDATE = PREFIX + "users.instance.groups.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.licenses.update}. */
    public static final String USERS_INSTANCE_LICENSES_UPDATE = PREFIX + "users.instance.licenses.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.phone_number.update}. */
    public static final String USERS_INSTANCE_PHONE_NUMBER_UPDATE = PREFIX + "users.instance.phone_number.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.vrp.update}. */
    public static final String USERS_INSTANCE_VRP_UPDATE = PREFIX + "users.instance.vrp.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.resource_accounts.list}. */
    public static final String RESOURCE_ACCOUNTS_LIST = PREFIX + "resource_accounts.list";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.resource_accounts.create}. */
    public static final String RESOURCE_ACCOUNTS_CREATE = PREFIX + "resource_accounts.create";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.resource_accounts.update}. */
    public static final String RESOURCE_ACCOUNTS_UPDATE = PREFIX + "resource_accounts.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.resource_accounts.instance.delete}. */
    public static final String RESOURCE_ACCOUNTS_INSTANCE_DELETE = PREFIX + "resource_accounts.instance.delete";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.domains.list}. */
    public static final String DOMAINS_LIST = PREFIX + "domains.list";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.licenses.list}. */
    public static final String LICENSES_LIST = PREFIX + "licenses.list";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.licenses.instance.update}. */
    public static final String LICENSES_INSTANCE_UPDATE = PREFIX + "licenses.instance.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.create}. */
    public static final String USERS_CREATE = PREFIX + "users.create";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.template.instance.update}. */
    public static final String USERS_INSTANCE_TEMPLATE_INSTANCE_UPDATE = PREFIX + "users.instance.template.instance.update";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.delete}. */
    public static final String USERS_INSTANCE_DELETE = PREFIX + "users.instance.delete";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.vrps.read}. */
    public static final String VRPS_READ = PREFIX + "vrps.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.groups.read}. */
    public static final String GROUPS_READ = PREFIX + "groups.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.groups.create}. */
    public static final String GROUPS_CREATE = PREFIX + "groups.create";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.instance.sip_address.read}. */
    public static final String USERS_INSTANCE_SIP_ADDRESS_READ = PREFIX + "users.instance.sip_address.read";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.sync}. */
    public static final String SYNC = PREFIX + "sync";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.bulk.jobs}. */
    public static final String USERS_BULK_JOBS = PREFIX + "users.bulk.jobs";

    /** Role {@code tenants.instance.subscriptions.instance.msteams.users.bulk.jobs.details}. */
    public static final String USERS_BULK_JOBS_DETAILS = PREFIX + "users.bulk.jobs.details";

    /** Every role above. */
    public static final Set<String> ALL = Set.of(
            STATUS_READ,
            ADMINS_READ,
            ADMINS_UPDATE,
            ADMINS_DELETE,
            USERS_LIST,
            USERS_READ,
            USERS_INSTANCE_CHECK,
            USERS_INSTANCE_UPDATE,
            USERS_BULK,
            USERS_INSTANCE_GROUPS_UPDATE,
            USERS_INSTANCE_LICENSES_UPDATE,
            USERS_INSTANCE_PHONE_NUMBER_UPDATE,
            USERS_INSTANCE_VRP_UPDATE,
            RESOURCE_ACCOUNTS_LIST,
            RESOURCE_ACCOUNTS_CREATE,
            RESOURCE_ACCOUNTS_UPDATE,
            RESOURCE_ACCOUNTS_INSTANCE_DELETE,
            DOMAINS_LIST,
            LICENSES_LIST,
            LICENSES_INSTANCE_UPDATE,
            USERS_CREATE,
            USERS_INSTANCE_TEMPLATE_INSTANCE_UPDATE,
            USERS_INSTANCE_DELETE,
            VRPS_READ,
            GROUPS_READ,
            GROUPS_CREATE,
            USERS_INSTANCE_SIP_ADDRESS_READ,
            SYNC,
            USERS_BULK_JOBS,
            USERS_BULK_JOBS_DETAILS);

    /** The roles ending in {@code .read} or {@code .list}: what a read-only token holds. */
    public static final Set<String> READ_ONLY = ALL.stream()
            .filter(r -> r.endsWith(".read") || r.endsWith(".list"))
            .collect(Collectors.toUnmodifiableSet());

    private FusionRoles() {
    }
}
