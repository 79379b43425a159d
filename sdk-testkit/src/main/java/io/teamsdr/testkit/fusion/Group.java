package io.teamsdr.testkit.fusion;

/** An Office 365 group as Microsoft holds it. */
record Group(String id, String displayName, String description, boolean teamsEnabled) {
}
