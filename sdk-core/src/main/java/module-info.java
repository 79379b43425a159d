/**

 * The shared core of the teamsdr clients: transport, credentials, JSON, errors, retries, paging and
 * streamed bodies.
 */
module io.teamsdr.core {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.ratelimiter;
    requires org.slf4j;
    requires transitive org.jspecify;

    exports io.teamsdr.core;
    exports io.teamsdr.core.http;
    exports io.teamsdr.core.event;
    exports io.teamsdr.core.internal to io.teamsdr.fusion, io.teamsdr.vsxi;
}
