/**
 * The asynchronous view of the VSXi client ({@code vsxi.async()}): the reads, rollbacks and
 * downloads of {@link io.teamsdr.vsxi.VsxiTeamsClient}, each returning a
 * {@link java.util.concurrent.CompletableFuture}. Null-marked.
 */
@NullMarked
package io.teamsdr.vsxi.async;

import org.jspecify.annotations.NullMarked;
