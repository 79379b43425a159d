package io.teamsdr.core.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ClientBuilder;
import io.teamsdr.core.http.Transport;
import java.net.URI;

/**
 * The smallest client a test can build on {@link ClientBuilder}: it only freezes the settings and
 * hands them to {@link Transport#create}, exactly as the real clients do.
 */
public final class TestClient {
    private TestClient() {
    }

    /** A builder with nothing set, as a user would start. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pointed at a WireMock server whose sleeper records instead of sleeping, so no test
     * ever waits for real between retries unless it replaces the sleeper on purpose.
     */
    public static Builder against(WireMockExtension server) {
        return new Builder().endpoint(URI.create(server.baseUrl())).sleeper(new RecordingSleeper());
    }

    /** The concrete builder. */
    public static final class Builder extends ClientBuilder<Builder> {
        Builder() {
        }

        /** Builds the transport from the shared settings. */
        public Transport build() {
            return Transport.create(settings());
        }
    }
}
