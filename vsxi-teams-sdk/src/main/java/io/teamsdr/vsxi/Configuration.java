package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The configuration package the SBC generates from its tenants and SIP users
 * ({@code GET /teams/smcFiles}), a ZIP, streamed to the caller.
 */
public interface Configuration {

    /**
     * Streams the package into a file, which appears only once complete.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination
     * @return the bytes written
     */
    long download(ConfigView view, Path zip);

    /**
     * Streams the package into a file, reporting progress.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination
     * @param progress told of the bytes written
     * @return the bytes written
     */
    long download(ConfigView view, Path zip, ProgressListener progress);

    /**
     * Streams the package into a stream, which is not closed.
     *
     * @param view the committed configuration, or the one the active draft would make
     * @param zip the destination
     * @return the bytes written
     */
    long download(ConfigView view, OutputStream zip);

    /**
     * Downloads the package and reads its entries as they stream in (held in memory afterwards).
     *
     * @param view the committed configuration, or the one the active draft would make
     * @return the package
     */
    ConfigurationPackage read(ConfigView view);
}
