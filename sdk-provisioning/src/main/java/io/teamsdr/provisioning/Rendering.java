package io.teamsdr.provisioning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * What the plan and the report share about rendering: their writers throw {@link IOException}, the
 * public methods throw {@link UncheckedIOException}, and each {@code to...} form collects its writer.
 */
final class Rendering {
    private Rendering() {
    }

    /** A rendering into an output that may fail. */
    interface Output {
        void write() throws IOException;
    }

    static void unchecked(Output output) {
        try {
            output.write();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String text(Consumer<Appendable> writeText) {
        StringBuilder text = new StringBuilder();
        writeText.accept(text);
        return text.toString();
    }

    static String json(Consumer<Writer> writeJson) {
        StringWriter json = new StringWriter();
        writeJson.accept(json);
        return json.toString();
    }
}
