/**
 * Client for the VSXi Teams Provisioning API: the draft transaction (upload SBC tenants and SIP
 * users as streamed CSV, review, commit or discard), commit history and rollback, and the generated
 * configuration package; with an async view of the reads and rollbacks.
 */
module io.teamsdr.vsxi {
    requires transitive io.teamsdr.core;
    requires org.slf4j;
    requires static org.jspecify;

    exports io.teamsdr.vsxi;
    exports io.teamsdr.vsxi.async;
    exports io.teamsdr.vsxi.model;

    opens io.teamsdr.vsxi.model to com.fasterxml.jackson.databind;
    opens io.teamsdr.vsxi.internal to com.fasterxml.jackson.databind;
}
