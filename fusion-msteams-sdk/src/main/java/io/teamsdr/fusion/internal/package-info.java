/**

 * The implementation of the Fusion client: <strong>not API</strong>. Every class here is
 * package-private except the two the public package needs ({@link io.teamsdr.fusion.internal.FusionClients}
 * and {@link io.teamsdr.fusion.internal.LoginSession}); the module does not export this package, and
 * its types may change in any release.
 *
 * <p>Each endpoint is described once, as a {@code Call} (its request and how its answer is read), in
 * one {@code ...Calls} class per resource; the blocking and the non-blocking views both run those
 * descriptions.
 */
package io.teamsdr.fusion.internal;
