/**
 * Desired state, plan and apply for Microsoft Teams Direct Routing across Fusion and a VSXi SBC.
 *
 * <pre>{@code
 * DesiredState wanted = DesiredStateFiles.readYaml(Path.of("contoso.yaml"));
 * Provisioner provisioner = Provisioner.builder()
 *         .fusion(fusionClient)
 *         .vsxi(vsxiClient)
 *         .sipPasswords(account -> vault.sipPassword(account.sipUser()))
 *         .build();
 * Plan plan = provisioner.plan(wanted);
 * System.out.print(plan.toText());          // review it, like terraform plan
 * ApplyReport report = provisioner.apply(plan);
 * }</pre>
 */
package io.teamsdr.provisioning;
