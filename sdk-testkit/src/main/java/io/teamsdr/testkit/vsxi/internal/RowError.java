package io.teamsdr.testkit.vsxi.internal;

/**
 * One problem found in an uploaded CSV, reported to the client so it can fix the exact line.
 *
 * @param line physical line of the CSV where the record starts (the header is line 1)
 * @param field the column at fault, {@code null} when the whole record is at fault
 * @param reason what is wrong, in words
 */
public record RowError(int line, String field, String reason) {
}
