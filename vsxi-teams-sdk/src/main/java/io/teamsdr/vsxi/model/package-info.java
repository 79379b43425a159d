/**
 * The payloads of the VSXi client: upload rows ({@link io.teamsdr.vsxi.model.SbcTenant},
 * {@link io.teamsdr.vsxi.model.SipUser}), what the SBC lists, drafts, commits and configuration
 * packages. Null-marked: getters never return {@code null}; absent values are {@code Optional}.
 */
@NullMarked
package io.teamsdr.vsxi.model;

import org.jspecify.annotations.NullMarked;
