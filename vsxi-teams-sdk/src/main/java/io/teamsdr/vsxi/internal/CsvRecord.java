package io.teamsdr.vsxi.internal;

import org.jspecify.annotations.Nullable;

/**
 * One record of an upload, its values in the layout's column order.
 *
 * @param line the line the record starts on (the header is line 1)
 * @param values one value per column, {@code null} when missing
 */
record CsvRecord(long line, @Nullable String[] values) {
}
