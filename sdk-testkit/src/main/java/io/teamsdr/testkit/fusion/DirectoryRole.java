package io.teamsdr.testkit.fusion;

/** A Microsoft directory role held by a user (e.g. Global Administrator). */
record DirectoryRole(String id, String displayName) {
}
