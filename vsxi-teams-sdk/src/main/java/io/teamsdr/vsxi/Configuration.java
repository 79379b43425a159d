package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The configuration package the SBC generates from the tenants and users ({@code GET /teams/smcFiles}),
 * a ZIP, streamed to the caller.
 */
public interface Configuration {

    /**
     * Streams the package into a file, which appears only once complete.
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @param zip the destination
     * @return the bytes written
     */
    long download(boolean includeDraft, Path zip);

    /**
     * Streams the package into a file, reporting progress.
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @param zip the destination
     * @param progress told of the bytes written
     * @return the bytes written
     */
    long download(boolean includeDraft, Path zip, ProgressListener progress);

    /**
     * Streams the package into a stream, which is not closed.
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @param zip the destination
     * @return the bytes written
     */
    long download(boolean includeDraft, OutputStream zip);

    /**
     * Streams the package into a file without blocking.
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @param zip the destination
     * @return the future byte count
     */
    CompletableFuture<Long> downloadAsync(boolean includeDraft, Path zip);

    /**
     * Downloads the package and reads its entries as they stream in (held in memory afterwards).
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @return the package
     */
    ConfigurationPackage read(boolean includeDraft);

    /**
     * Downloads and reads the package without blocking.
     *
     * @param includeDraft whether to generate it with the active draft's changes
     * @return the future package
     */
    CompletableFuture<ConfigurationPackage> readAsync(boolean includeDraft);
}
