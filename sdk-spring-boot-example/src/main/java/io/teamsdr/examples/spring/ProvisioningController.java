package io.teamsdr.examples.spring;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uses the auto-configured clients like any other bean: one summary of the Teams tenant and the SBC.
 */
@RestController
public class ProvisioningController {
    private final MsTeams teams;
    private final VsxiTeamsClient sbc;

    /**
     * Creates the controller.
     *
     * @param fusion the Fusion client of the starter
     * @param sbc the VSXi client of the starter
     * @param draasInstance the subscription's DraaS instance
     * @param tenantUuid the subscription's tenant
     * @param subscriptionId the subscription's index
     */
    public ProvisioningController(FusionClient fusion, VsxiTeamsClient sbc,
                                  @Value("${teamsdr.fusion.subscription.draas-instance}") String draasInstance,
                                  @Value("${teamsdr.fusion.subscription.tenant-uuid}") String tenantUuid,
                                  @Value("${teamsdr.fusion.subscription.subscription-id}") long subscriptionId) {
        this.teams = fusion.msTeams(Subscription.of(draasInstance, tenantUuid, subscriptionId));
        this.sbc = sbc;
    }

    /**
     * Summarises the Teams tenant and the SBC.
     *
     * @return onboarding state, user counts and SBC tenant count
     */
    @GetMapping("/summary")
    public Map<String, Object> summary() {
        long users = 0;
        long withNumber = 0;
        for (TeamsUser user : teams.users().list()) {
            users++;
            if (user.draas().flatMap(draas -> draas.phoneNumber()).isPresent()) {
                withNumber++;
            }
        }
        return Map.of(
                "onboarding", teams.status().get().status().value(),
                "teamsUsers", users,
                "teamsUsersWithNumber", withNumber,
                "sbcTenants", sbc.sbcTenants().list().size());
    }
}
