package io.teamsdr.vsxi.internal;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * Records made from typed rows. Line numbers are those of the CSV the SDK writes: the header is
 * line 1 and a value holding a line break pushes the following records down.
 *
 * @param <T> the row type
 */
final class TypedRecords<T> implements RecordSource {
    private final UploadLayout<T> layout;
    private final Supplier<? extends Iterator<? extends T>> rows;
    private final boolean replayable;
    private final Runnable onClose;

    /**
     * Creates the source.
     *
     * @param layout the layout
     * @param rows gives an iterator per pass (called once for a one-shot source)
     * @param replayable whether {@code rows} can be asked again
     * @param onClose run when a pass ends, e.g. to close a caller's stream
     */
    TypedRecords(UploadLayout<T> layout, Supplier<? extends Iterator<? extends T>> rows, boolean replayable,
                        Runnable onClose) {
        this.layout = layout;
        this.rows = rows;
        this.replayable = replayable;
        this.onClose = onClose;
    }

    @Override
    public RecordCursor open() {
        Iterator<? extends T> iterator = rows.get();
        return new RecordCursor() {
            private long nextLine = 2;

            @Override
            public CsvRecord next() {
                if (!iterator.hasNext()) {
                    return null;
                }
                String[] values = layout.values(iterator.next());
                CsvRecord record = new CsvRecord(nextLine, values);
                nextLine += 1 + lineBreaks(values);
                return record;
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }

    @Override
    public boolean replayable() {
        return replayable;
    }

    /** Counts line breaks as a CSV reader does: CRLF, LF and a lone CR each count once. */
    static int lineBreaks(String[] values) {
        int breaks = 0;
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }
}
