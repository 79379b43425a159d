package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.async.ConfigurationAsync;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** The {@link ConfigurationAsync} of a client's async view. */
record DefaultConfigurationAsync(VsxiEndpoints endpoints) implements ConfigurationAsync {
    @Override
    public CompletableFuture<Long> download(ConfigView view, Path zip) {
        return download(view, zip, ProgressListener.NONE);
    }

    @Override
    public CompletableFuture<Long> download(ConfigView view, Path zip, ProgressListener progress) {
        return Call.sendAsync(() -> endpoints.smcFiles(view, Downloads.toFile(zip, progress)));
    }

    @Override
    public CompletableFuture<Long> download(ConfigView view, OutputStream zip) {
        return Call.sendAsync(() -> endpoints.smcFiles(view, Downloads.toStream(zip)));
    }

    @Override
    public CompletableFuture<ConfigurationPackage> read(ConfigView view) {
        return Call.sendAsync(() -> endpoints.smcFiles(view));
    }
}
