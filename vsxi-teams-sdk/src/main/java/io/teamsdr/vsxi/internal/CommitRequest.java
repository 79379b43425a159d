package io.teamsdr.vsxi.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /teams/draft/commit}: {@code {"description": "..."}}, or {@code {}} for a
 * commit without one (NOTES.md: the request "may carry" a description).
 *
 * @param description the session description, {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommitRequest(@Nullable String description) {
}
