package io.teamsdr.testkit.vsxi.internal;

/**
 * A value parsed from an upload, with the CSV line it came from so later rule checks can still
 * name the line.
 *
 * @param line physical CSV line where the record starts
 * @param value the parsed value
 * @param <T> value type
 */
public record Numbered<T>(int line, T value) {
}
