package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.Configuration;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import java.io.OutputStream;
import java.nio.file.Path;

/** The {@link Configuration} of a client. */
record DefaultConfiguration(VsxiEndpoints endpoints) implements Configuration {
    @Override
    public long download(ConfigView view, Path zip) {
        return download(view, zip, ProgressListener.NONE);
    }

    @Override
    public long download(ConfigView view, Path zip, ProgressListener progress) {
        return endpoints.smcFiles(view, Downloads.toFile(zip, progress)).send();
    }

    @Override
    public long download(ConfigView view, OutputStream zip) {
        return endpoints.smcFiles(view, Downloads.toStream(zip)).send();
    }

    @Override
    public ConfigurationPackage read(ConfigView view) {
        return endpoints.smcFiles(view).send();
    }
}
