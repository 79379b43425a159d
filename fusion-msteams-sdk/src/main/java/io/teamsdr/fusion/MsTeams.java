package io.teamsdr.fusion;

/**
 * The MS Teams resources of one DraaS subscription. Obtain it from
 * {@link FusionClient#msTeams(Subscription)}; cheap to create, thread-safe, no request until a
 * resource method is called.
 */
public interface MsTeams {

    /**
     * Returns the subscription these resources address.
     *
     * @return the subscription
     */
    Subscription subscription();

    /**
     * Returns the tenant status (onboarding, PowerShell and Graph integrations, domain).
     *
     * @return the status resource
     */
    StatusApi status();

    /**
     * Returns the MS Teams administrator of the subscription.
     *
     * @return the administrator resource
     */
    AdminApi admin();
}
