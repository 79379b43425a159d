/**
 * The VSXi client's implementation. <strong>Not API:</strong> the module does not export this
 * package, everything in it may change in any release, and only {@link
 * io.teamsdr.vsxi.internal.ClientFactory} is public, for the client's builder; use the types of
 * {@code io.teamsdr.vsxi}, {@code io.teamsdr.vsxi.async} and {@code io.teamsdr.vsxi.model}.
 */
@NullMarked
package io.teamsdr.vsxi.internal;

import org.jspecify.annotations.NullMarked;
