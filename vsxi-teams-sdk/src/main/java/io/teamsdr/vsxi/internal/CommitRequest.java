package io.teamsdr.vsxi.internal;

/**
 * The body of {@code POST /teams/draft/commit}.
 *
 * @param description the session description
 */
public record CommitRequest(String description) {
}
