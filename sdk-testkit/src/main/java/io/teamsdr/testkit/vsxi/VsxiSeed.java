package io.teamsdr.testkit.vsxi;

import java.util.function.Consumer;

/**
 * Builds the data a {@link FakeVsxiServer} starts with (or adds to it at run time):
 *
 * <pre>{@code
 * FakeVsxiServer.builder().seed(s -> s
 *         .pbx("12345").servicePort("1")
 *         .tenant("1001", t -> t.name("HQ").microsoftFqdn("ms1.example.com").localIp("10.0.0.1")
 *                 .did("+18580001111").pbxId("12345").spId("1"))
 *         .user("1001", "2000_T", "secret", "+15551001000")
 *         .commit("Initial onboarding"))
 *     .start();
 * }</pre>
 *
 * Tenant and user changes accumulate until {@link #commit(String)} turns them into one committed
 * session in the history, or {@link #baseline()} (and the end of the seed) makes them committed
 * data without a session, as data that existed before the history began. Rules are those of
 * {@link VsxiChanges}. A seed that throws leaves the server as it was.
 */
public interface VsxiSeed extends VsxiChanges {

    /**
     * Adds PBXs; tenants can only use PBXs that exist.
     *
     * @param pbxIds PBX ids
     * @return this seed
     */
    VsxiSeed pbx(String... pbxIds);

    /**
     * Adds service ports; tenants can only use service ports that exist.
     *
     * @param servicePortIds service port ids
     * @return this seed
     */
    VsxiSeed servicePort(String... servicePortIds);

    /**
     * Makes the changes made since the previous commit (or the start) part of the committed
     * configuration without recording a session, as data that existed before the history began.
     * Changes left at the end of a seed are handled the same way.
     *
     * @return this seed
     */
    VsxiSeed baseline();

    /**
     * Records the changes made since the previous commit (or the start) as a committed session.
     *
     * @param description the session's description
     * @return this seed
     */
    VsxiSeed commit(String description);

    @Override
    VsxiSeed tenant(String tenantId, Consumer<VsxiTenantSpec> fields);

    @Override
    VsxiSeed user(String tenantId, String sipUser, String sipPassword, String did);

    @Override
    VsxiSeed deleteTenant(String tenantId);

    @Override
    VsxiSeed deleteUser(String sipUser);
}
