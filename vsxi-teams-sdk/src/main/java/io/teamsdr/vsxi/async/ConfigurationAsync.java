package io.teamsdr.vsxi.async;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The generated configuration package without blocking; the asynchronous
 * {@link io.teamsdr.vsxi.Configuration}.
 */
public interface ConfigurationAsync {

    /**
     * Streams the package into a file, which appears only once complete.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination
     * @return the future byte count
     * @see io.teamsdr.vsxi.Configuration#download(ConfigView, Path)
     */
    CompletableFuture<Long> download(ConfigView view, Path zip);

    /**
     * Streams the package into a file, reporting progress.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination
     * @param progress told of the bytes written, on the SDK's thread
     * @return the future byte count
     * @see io.teamsdr.vsxi.Configuration#download(ConfigView, Path, ProgressListener)
     */
    CompletableFuture<Long> download(ConfigView view, Path zip, ProgressListener progress);

    /**
     * Streams the package into a stream, which is not closed.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination, written on the SDK's thread
     * @return the future byte count
     * @see io.teamsdr.vsxi.Configuration#download(ConfigView, OutputStream)
     */
    CompletableFuture<Long> download(ConfigView view, OutputStream zip);

    /**
     * Downloads the package and reads its entries.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @return the future package
     * @see io.teamsdr.vsxi.Configuration#read(ConfigView)
     */
    CompletableFuture<ConfigurationPackage> read(ConfigView view);
}
