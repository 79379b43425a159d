/**
 * The call listener SPI: events of every call a client makes (call start and end, each attempt,
 * retries and client-wide pauses), for metrics, tracing and audit. Register listeners on a client
 * builder; the optional {@code sdk-micrometer} module turns the events into Micrometer observations.
 *
 * <p>Null-marked: nothing is {@code null} unless annotated {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.teamsdr.core.event;

import org.jspecify.annotations.NullMarked;
