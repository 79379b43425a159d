package io.teamsdr.testkit.fusion;

/** A voice routing policy of an MS Teams tenant. */
record Vrp(String identity, String description) {
}
