/**
 * The VSXi Teams Provisioning client: {@link io.teamsdr.vsxi.VsxiTeamsClient}, the
 * {@link io.teamsdr.vsxi.Draft} transaction over the SBC's SBC tenants and SIP users, commit history
 * and rollback, and the configuration package. Every type is null-marked: a value may be
 * {@code null} only where it says {@code @Nullable}; absent values are {@code Optional}.
 */
@NullMarked
package io.teamsdr.vsxi;

import org.jspecify.annotations.NullMarked;
