/**
 * The request pipeline a client's resources build on: a {@link io.teamsdr.core.http.RequestSpec}
 * describes one call, a {@link io.teamsdr.core.http.Transport} sends it (authentication, retries,
 * timeouts, logging, error mapping) and a {@link io.teamsdr.core.http.ResponseHandler} reads the answer.
 * Applications rarely need it; it is public for the client modules.
 *
 * <p>Null-marked: nothing is {@code null} unless annotated {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.teamsdr.core.http;

import org.jspecify.annotations.NullMarked;
