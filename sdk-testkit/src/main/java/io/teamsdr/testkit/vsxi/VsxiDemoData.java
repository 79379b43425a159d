package io.teamsdr.testkit.vsxi;

import java.util.List;

/**
 * The {@code demo} data set: three PBXs, three service ports, three tenants with users, and one
 * session in the history. Tenants 1001 and 1002 predate the history; the session
 * {@value #DEMO_COMMIT_DESCRIPTION} added tenant 1003 and its user, so rolling it back leaves
 * 1001 and 1002. All values are fictional (documentation IP ranges, example domains).
 *
 * <table>
 *   <caption>Tenants</caption>
 *   <tr><th>tenantId</th><th>tenantName</th><th>microsoftFqdn</th><th>localIp</th><th>did</th><th>pbxId</th><th>spId</th></tr>
 *   <tr><td>1001</td><td>Sansay_HQ</td><td>ms1.example.com</td><td>68.70.169.47</td><td>+18580001111</td><td>12345</td><td>1</td></tr>
 *   <tr><td>1002</td><td>Contoso_EU</td><td>teams.contoso.example</td><td>2001:db8::10</td><td>+3225550100</td><td>12346</td><td>2</td></tr>
 *   <tr><td>1003</td><td>Fabrikam_UK</td><td>teams.fabrikam.example</td><td>192.0.2.30</td><td>+442079460000</td><td>20001</td><td>3</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Users</caption>
 *   <tr><th>tenantId</th><th>sipUser</th><th>sipPassword</th><th>did</th></tr>
 *   <tr><td>1001</td><td>2000_T</td><td>password1001</td><td>+15551001000</td></tr>
 *   <tr><td>1001</td><td>2001_T</td><td>password1002</td><td>+15551001001</td></tr>
 *   <tr><td>1002</td><td>3000_C</td><td>contoso-3000</td><td>+3225550101</td></tr>
 *   <tr><td>1002</td><td>3001_C</td><td>contoso-3001</td><td>+3225550102</td></tr>
 *   <tr><td>1003</td><td>4000_F</td><td>fabrikam-4000</td><td>+442079460001</td></tr>
 * </table>
 */
public final class VsxiDemoData {

    /** PBXs that exist. */
    public static final List<String> PBX_IDS = List.of("12345", "12346", "20001");

    /** Service ports that exist. */
    public static final List<String> SERVICE_PORT_IDS = List.of("1", "2", "3");

    /** The committed tenants. */
    public static final List<String> TENANT_IDS = List.of("1001", "1002", "1003");

    /** The committed SIP users. */
    public static final List<String> SIP_USERS = List.of("2000_T", "2001_T", "3000_C", "3001_C", "4000_F");

    /** Description of the one session in the history. */
    public static final String DEMO_COMMIT_DESCRIPTION = "Onboard Fabrikam_UK";

    private VsxiDemoData() {
    }

    /**
     * Adds the data set to a seed.
     *
     * @param seed the seed
     */
    public static void apply(VsxiSeed seed) {
        seed.pbx(PBX_IDS.toArray(String[]::new))
                .servicePort(SERVICE_PORT_IDS.toArray(String[]::new))
                .tenant("1001", t -> t.name("Sansay_HQ").microsoftFqdn("ms1.example.com")
                        .localIp("68.70.169.47").did("+18580001111").pbxId("12345").spId("1"))
                .user("1001", "2000_T", "password1001", "+15551001000")
                .user("1001", "2001_T", "password1002", "+15551001001")
                .tenant("1002", t -> t.name("Contoso_EU").microsoftFqdn("teams.contoso.example")
                        .localIp("2001:db8::10").did("+3225550100").pbxId("12346").spId("2"))
                .user("1002", "3000_C", "contoso-3000", "+3225550101")
                .user("1002", "3001_C", "contoso-3001", "+3225550102")
                .baseline()
                .tenant("1003", t -> t.name("Fabrikam_UK").microsoftFqdn("teams.fabrikam.example")
                        .localIp("192.0.2.30").did("+442079460000").pbxId("20001").spId("3"))
                .user("1003", "4000_F", "fabrikam-4000", "+442079460001")
                .commit(DEMO_COMMIT_DESCRIPTION);
    }
}
