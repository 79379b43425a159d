/**

 * The Fusion MS Teams client: {@link io.teamsdr.fusion.FusionClient} and the MS Teams resources of a
 * DraaS subscription, with their payloads in {@code io.teamsdr.fusion.model}.
 */
module io.teamsdr.fusion {
    requires transitive io.teamsdr.core;

    exports io.teamsdr.fusion;
    exports io.teamsdr.fusion.model;
    exports io.teamsdr.fusion.async;

    opens io.teamsdr.fusion.model to com.fasterxml.jackson.databind;
    opens io.teamsdr.fusion.internal to com.fasterxml.jackson.databind;
}
