package io.teamsdr.provisioning;

import java.util.List;

/**
 * One change a plan makes on one platform. The four kinds are typed: {@link UserAction} and
 * {@link ResourceAccountAction} on Fusion, {@link SbcTenantAction} and {@link SipUserAction} on the
 * SBC. Never holds a secret: SIP passwords are asked of the password provider during the apply only.
 */
public sealed interface PlannedAction permits UserAction, ResourceAccountAction, SbcTenantAction, SipUserAction {

    /**
     * Returns the platform the action changes.
     *
     * @return the platform
     */
    Platform platform();

    /**
     * Returns whether the action adds, changes or removes its subject.
     *
     * @return the kind
     */
    ActionKind kind();

    /**
     * Returns what the action changes, as the text rendering names it, e.g.
     * {@code user emma.peeters@contoso.onmicrosoft.com} or {@code SIP user emma.peeters_1004}.
     *
     * @return the subject
     */
    String subject();

    /**
     * Returns the values changed, each with its observed and wanted value.
     *
     * @return the changes
     */
    List<FieldChange> changes();

    /**
     * Returns why the plan makes this change.
     *
     * @return the reason, e.g. {@code listed in the desired state, holds no number}
     */
    String reason();
}
