package io.teamsdr.vsxi.internal;

/**
 * One column of an upload CSV. Every column of the documented layouts is required.
 *
 * @param name the header name
 * @param format what a value must look like
 * @param unique whether a value may appear only once in an upload
 * @param secret whether values are masked wherever the SDK reports them
 */
record Column(String name, ColumnFormat format, boolean unique, boolean secret) {
}
