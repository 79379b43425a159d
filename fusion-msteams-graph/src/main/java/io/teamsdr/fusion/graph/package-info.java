/**
 * An optional bridge between the Microsoft Graph SDK and the Fusion MS Teams SDK:
 * {@link io.teamsdr.fusion.graph.GraphClients} points a {@code GraphServiceClient} at any base URL
 * with the caller's token, {@link io.teamsdr.fusion.graph.GraphMapping} maps Graph users and
 * subscribed SKUs to the Fusion types, and {@link io.teamsdr.fusion.graph.DirectoryReconciler}
 * streams the differences between the directory and the platform.
 *
 * <p>A separate module so that {@code microsoft-graph}, a very large dependency, is only on the
 * class path of applications that ask for it.
 */
package io.teamsdr.fusion.graph;
