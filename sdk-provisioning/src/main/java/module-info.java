/**
 * Declarative provisioning of Microsoft Teams Direct Routing on top of the two clients: describe
 * what one customer should have ({@link io.teamsdr.provisioning.DesiredState}), see what would change
 * on Fusion and on the SBC ({@link io.teamsdr.provisioning.Plan}, with drift), and apply it
 * ({@link io.teamsdr.provisioning.Provisioner}).
 */
module io.teamsdr.provisioning {
    requires transitive io.teamsdr.fusion;
    requires transitive io.teamsdr.vsxi;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;

    exports io.teamsdr.provisioning;
}
