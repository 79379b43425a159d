package io.teamsdr.testkit.fusion;

import java.util.List;

/**
 * The MS Teams tenant linked to a subscription, as the status endpoint reports it. Fields other
 * than {@code status} and {@code mode} may be {@code null} before onboarding.
 */
record MsTenant(String msTenantId, String mode, String status, String msApplicationId, String domainName,
        boolean domainVerified, boolean powershellActive, boolean msGraphActive, List<String> verifiedDomains) {

    static final String ONBOARDED = "onboarded";

    MsTenant {
        verifiedDomains = List.copyOf(verifiedDomains);
    }

    boolean onboarded() {
        return ONBOARDED.equals(status);
    }
}
