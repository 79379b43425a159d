package io.teamsdr.vsxi.internal;

/**
 * One record of an upload, its values in the layout's column order.
 *
 * @param line the line the record starts on (the header is line 1)
 * @param values one value per column, {@code null} when missing
 */
public record CsvRecord(long line, String[] values) {
}
