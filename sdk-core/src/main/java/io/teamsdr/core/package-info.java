/**
 * What the teamsdr clients share and users meet: the exception hierarchy rooted at
 * {@link io.teamsdr.core.TeamsdrException}, client settings, credentials, retry and rate-limit options,
 * three-state field updates, and paging ({@link io.teamsdr.core.Paged}, {@link io.teamsdr.core.Page},
 * {@link io.teamsdr.core.Cursor}).
 *
 * <p>Every type here is null-marked: a parameter or return value is never {@code null} unless it is
 * annotated {@link org.jspecify.annotations.Nullable}; absent values are {@link java.util.Optional}.
 */
@NullMarked
package io.teamsdr.core;

import org.jspecify.annotations.NullMarked;
