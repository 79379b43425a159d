/**
 * The non-blocking view of the Fusion client: {@link io.teamsdr.fusion.FusionClient#async()} gives a
 * {@link io.teamsdr.fusion.async.FusionClientAsync} whose resource tree mirrors the blocking one
 * method for method ({@code UsersApi} becomes {@link io.teamsdr.fusion.async.UsersApiAsync}), each
 * method returning a {@link java.util.concurrent.CompletableFuture}. Both views send the same
 * requests, share the client's connections, credentials, retries and limits, and fail with the same
 * exceptions; the async view never throws, it fails the future. A listing answers one
 * {@link io.teamsdr.core.Page} per call; follow {@link io.teamsdr.core.Page#nextCursor()}.
 *
 * <p>Null-marked: nothing is {@code null} unless annotated {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.teamsdr.fusion.async;

import org.jspecify.annotations.NullMarked;
