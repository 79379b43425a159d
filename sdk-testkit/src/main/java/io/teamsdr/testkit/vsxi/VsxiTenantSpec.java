package io.teamsdr.testkit.vsxi;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a tenant being seeded, set by name so a seed reads clearly:
 *
 * <pre>{@code
 * seed.tenant("1001", t -> t.name("Sansay_HQ").microsoftFqdn("ms1.example.com")
 *         .localIp("68.70.169.47").did("+18580001111").pbxId("12345").spId("1"));
 * }</pre>
 *
 * Every field is required; values follow the CSV upload rules.
 */
public final class VsxiTenantSpec {

    private final String tenantId;
    private String name;
    private String microsoftFqdn;
    private String localIp;
    private String did;
    private String pbxId;
    private String spId;

    VsxiTenantSpec(String tenantId) {
        this.tenantId = tenantId;
    }

    /**
     * The tenant name ({@code tenantName} column).
     *
     * @param tenantName display name
     * @return this spec
     */
    public VsxiTenantSpec name(String tenantName) {
        this.name = tenantName;
        return this;
    }

    /**
     * The FQDN of the tenant's trunk towards Microsoft ({@code microsoftFqdn} column).
     *
     * @param fqdn a fully qualified domain name
     * @return this spec
     */
    public VsxiTenantSpec microsoftFqdn(String fqdn) {
        this.microsoftFqdn = fqdn;
        return this;
    }

    /**
     * The SBC address of the trunk ({@code localIp} column).
     *
     * @param ip an IPv4 or IPv6 address
     * @return this spec
     */
    public VsxiTenantSpec localIp(String ip) {
        this.localIp = ip;
        return this;
    }

    /**
     * The tenant's number ({@code did} column).
     *
     * @param e164 an E.164 number such as {@code +18580001111}
     * @return this spec
     */
    public VsxiTenantSpec did(String e164) {
        this.did = e164;
        return this;
    }

    /**
     * The PBX ({@code pbxId} column); it must have been seeded.
     *
     * @param id PBX id
     * @return this spec
     */
    public VsxiTenantSpec pbxId(String id) {
        this.pbxId = id;
        return this;
    }

    /**
     * The service port ({@code spId} column); it must have been seeded.
     *
     * @param id service port id
     * @return this spec
     */
    public VsxiTenantSpec spId(String id) {
        this.spId = id;
        return this;
    }

    /** The values in CSV column order; unset fields are {@code null} and fail validation. */
    List<String> values() {
        return Arrays.asList(tenantId, name, microsoftFqdn, localIp, did, pbxId, spId);
    }
}
