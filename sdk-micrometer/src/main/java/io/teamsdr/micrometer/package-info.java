/**
 * Micrometer instrumentation of the teamsdr clients: {@link io.teamsdr.micrometer.MicrometerCallListener}
 * turns the call events of sdk-core's listener SPI into observations (timers and spans), counters and a
 * gauge; {@link io.teamsdr.micrometer.TeamsdrObservationConvention} names them.
 */
package io.teamsdr.micrometer;
