package io.teamsdr.vsxi.internal;

import java.io.IOException;

/** Where the records of an upload come from. */
interface RecordSource {

    /**
     * Starts a pass over the records.
     *
     * @return the cursor
     * @throws IOException when the source cannot be opened
     * @throws IllegalStateException when a one-shot source was already used
     */
    RecordCursor open() throws IOException;

    /**
     * Tells whether {@link #open()} can be called again for the same records.
     *
     * @return {@code true} for collections and files
     */
    boolean replayable();
}
