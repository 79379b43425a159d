/**
 * The Fusion MS Teams client: {@link io.teamsdr.fusion.FusionClient}, its credentials, and the
 * blocking resource tree of a subscription ({@link io.teamsdr.fusion.MsTeams}); the non-blocking
 * tree is in {@link io.teamsdr.fusion.async}, the payloads in {@link io.teamsdr.fusion.model}.
 *
 * <p>Null-marked: nothing is {@code null} unless annotated {@link org.jspecify.annotations.Nullable};
 * absent values are {@link java.util.Optional}.
 */
@NullMarked
package io.teamsdr.fusion;

import org.jspecify.annotations.NullMarked;
