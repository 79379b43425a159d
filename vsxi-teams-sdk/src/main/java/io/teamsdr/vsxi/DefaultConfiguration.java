package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.model.PackageEntry;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link Configuration} of a {@link VsxiTeamsClient}. */
final class DefaultConfiguration implements Configuration {
    private final Transport transport;

    DefaultConfiguration(Transport transport) {
        this.transport = transport;
    }

    @Override
    public long download(boolean includeDraft, Path zip) {
        return download(includeDraft, zip, ProgressListener.NONE);
    }

    @Override
    public long download(boolean includeDraft, Path zip, ProgressListener progress) {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(progress, "progress");
        return transport.send(VsxiPaths.smcFiles(includeDraft), ResponseHandler.toFile(zip, progress));
    }

    @Override
    public long download(boolean includeDraft, OutputStream zip) {
        Objects.requireNonNull(zip, "zip");
        return transport.send(VsxiPaths.smcFiles(includeDraft), ResponseHandler.toOutputStream(zip, ProgressListener.NONE));
    }

    @Override
    public CompletableFuture<Long> downloadAsync(boolean includeDraft, Path zip) {
        Objects.requireNonNull(zip, "zip");
        return transport.sendAsync(VsxiPaths.smcFiles(includeDraft), ResponseHandler.toFile(zip, ProgressListener.NONE));
    }

    @Override
    public ConfigurationPackage read(boolean includeDraft) {
        return transport.send(VsxiPaths.smcFiles(includeDraft), parsed());
    }

    @Override
    public CompletableFuture<ConfigurationPackage> readAsync(boolean includeDraft) {
        return transport.sendAsync(VsxiPaths.smcFiles(includeDraft), parsed());
    }

    private static ResponseHandler<ConfigurationPackage> parsed() {
        ResponseHandler<List<PackageEntry>> zip = Responses.zipEntries("GET", "/teams/smcFiles");
        return response -> ConfigurationPackage.of(zip.handle(response));
    }
}
