package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of the MS Teams tenant linked to a subscription: onboarding progress and whether the
 * PowerShell and Microsoft Graph integrations and the Fusion domain are in place.
 *
 * @param msTenantId the MS Teams tenant id as found in Azure AD
 * @param mode how the tenant was onboarded
 * @param status where onboarding stands; {@link OnboardingStatus#ONBOARDED} once linked
 * @param msApplicationId the application (client) id in Azure AD, when one is registered
 * @param domain the Fusion domain registered on Microsoft 365, absent until one is configured
 * @param powershell the state of the PowerShell integration
 * @param msGraph the state of the Microsoft Graph application
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantStatus(String msTenantId, TenantMode mode, OnboardingStatus status,
                           Optional<String> msApplicationId, Optional<TenantDomain> domain,
                           IntegrationState powershell, IntegrationState msGraph) {

    /** Normalizes absent optional parts to {@link Optional#empty()}. */
    public TenantStatus {
        msApplicationId = Objects.requireNonNullElse(msApplicationId, Optional.empty());
        domain = Objects.requireNonNullElse(domain, Optional.empty());
        powershell = Objects.requireNonNullElse(powershell, IntegrationState.INACTIVE);
        msGraph = Objects.requireNonNullElse(msGraph, IntegrationState.INACTIVE);
    }

    /**
     * Tells whether the tenant is linked to the subscription and ready for provisioning: onboarded,
     * both integrations active, and a verified Fusion domain.
     *
     * @return {@code true} when everything needed for provisioning is in place
     */
    public boolean isReady() {
        return OnboardingStatus.ONBOARDED.equals(status) && powershell.active() && msGraph.active()
                && domain.map(TenantDomain::verified).orElse(false);
    }
}
