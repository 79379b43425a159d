package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.http.ResponseHandler;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/** The destinations a ZIP download streams into, checked when the call is described. */
final class Downloads {
    private Downloads() {
    }

    static ResponseHandler<Long> toFile(Path zip, ProgressListener progress) {
        return ResponseHandler.toFile(Objects.requireNonNull(zip, "zip"), Objects.requireNonNull(progress, "progress"));
    }

    static ResponseHandler<Long> toStream(OutputStream zip) {
        return ResponseHandler.toOutputStream(Objects.requireNonNull(zip, "zip"), ProgressListener.NONE);
    }
}
