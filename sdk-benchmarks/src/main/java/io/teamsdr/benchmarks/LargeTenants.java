package io.teamsdr.benchmarks;

import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;

/** The data sets of the benchmarks, built with the testkit's seeding DSL. */
public final class LargeTenants {
    /** The verified domain of the large Fusion tenant. */
    public static final String DOMAIN = "b.io";
    private static final String[] COUNTRIES = {"BE", "NL", "FR", "DE", "GB"};

    private LargeTenants() {
    }

    /**
     * One onboarded subscription with {@code users} plain users (a location, no licenses), named so
     * that their list order is their number.
     *
     * @param users how many users
     * @return the seed
     */
    public static FusionSeed fusion(int users) {
        return FusionSeed.builder(7)
                .subscription(FusionSeed.DEFAULT_DRAAS_INSTANCE, FusionSeed.DEFAULT_SUBSCRIPTION_ID, s -> {
                    s.verifiedDomains(DOMAIN);
                    for (int i = 0; i < users; i++) {
                        String upn = upn(i);
                        String country = COUNTRIES[i % COUNTRIES.length];
                        s.user("Bench User " + sevenDigits(i), u -> u.upn(upn).location(country));
                    }
                })
                .build();
    }

    /**
     * Returns the UPN of the i-th user of {@link #fusion(int)}.
     *
     * @param i the user number
     * @return the UPN
     */
    public static String upn(int i) {
        return "u" + sevenDigits(i) + "@" + DOMAIN;
    }

    /** {@code 42} as {@code 0000042}; cheaper than {@code String.format}, which would dominate a million users. */
    private static String sevenDigits(int i) {
        String digits = Integer.toString(i);
        return "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    /**
     * Starts a VSXi fake with one PBX, one service port and the tenant {@value ServerMain#VSXI_TENANT}
     * that uploaded users belong to.
     *
     * @return the running server
     */
    public static FakeVsxiServer vsxi() {
        return FakeVsxiServer.builder()
                .credentials("bench", "bench-secret")
                .seed(s -> s.pbx("100").servicePort("1")
                        .tenant(ServerMain.VSXI_TENANT, t -> t.name("Bench").microsoftFqdn("ms1.bench.example.com")
                                .localIp("10.0.0.1").did("+18580001111").pbxId("100").spId("1")))
                .start();
    }
}
