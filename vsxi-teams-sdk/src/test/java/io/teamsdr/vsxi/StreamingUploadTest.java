package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import io.teamsdr.vsxi.testing.CountingProxy;
import io.teamsdr.vsxi.testing.Vsxi;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A million users go out while they are produced. The client talks to WireMock through a relay that
 * counts the bytes already sent; the row generator compares, as it produces row 900,000, what it has
 * produced with what is already on the wire. Had the SDK gathered the rows (or the CSV) before
 * sending, nothing would be on the wire yet at that point.
 */
class StreamingUploadTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final int ROWS = 1_000_000;
    private static final int CHECKPOINT = 900_000;
    private static final String HEADER = "tenantId,sipUser,sipPassword,did\r\n";
    /** What may sit between the generator and the relay: the SDK's pipe, the HTTP client and socket buffers. */
    private static final long IN_FLIGHT_ALLOWANCE = 16L * 1024 * 1024;

    /** Produces users on demand and notes, at the checkpoint, produced versus sent bytes. */
    private static final class Generator implements Iterator<SipUser> {
        private final CountingProxy proxy;
        private int produced;
        private long producedBytes = HEADER.length();
        private long producedAtCheckpoint;
        private long sentAtCheckpoint;

        Generator(CountingProxy proxy) {
            this.proxy = proxy;
        }

        @Override
        public boolean hasNext() {
            return produced < ROWS;
        }

        @Override
        public SipUser next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            produced++;
            SipUser user = user(produced);
            producedBytes += line(user).length();
            if (produced == CHECKPOINT) {
                producedAtCheckpoint = producedBytes;
                sentAtCheckpoint = proxy.upstreamBytes();
            }
            return user;
        }
    }

    private static SipUser user(int n) {
        return new SipUser("1001", String.format("user%07d", n), String.format("pw-%07d", n), String.format("+1555%07d", n));
    }

    private static String line(SipUser user) {
        return user.tenantId() + "," + user.sipUser() + "," + user.sipPassword() + "," + user.did() + "\r\n";
    }

    @Test
    void aMillionUsersAreSentWhileTheyAreProduced() throws Exception {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(post(path("/teams/draft/update/users")).willReturn(okJson("{\"accepted\": " + ROWS + "}")));
        UploadResult result;
        Generator generator;
        try (CountingProxy proxy = new CountingProxy(server.getPort());
             VsxiTeamsClient vsxi = Vsxi.client(server)
                     .endpoint(URI.create("http://127.0.0.1:" + proxy.port() + Vsxi.ROOT))
                     // WireMock answers only once it holds the whole upload; on a loaded machine
                     // that can take longer than the default per-attempt timeout.
                     .responseTimeout(Duration.ofMinutes(5)).callTimeout(Duration.ofMinutes(5)).build()) {
            generator = new Generator(proxy);
            Draft draft = vsxi.drafts().start();

            result = draft.upsertSipUsers(Rows.of(generator));
        }

        assertThat(result.accepted()).isEqualTo(ROWS);
        assertThat(generator.producedAtCheckpoint).as("enough produced for the comparison to mean something")
                .isGreaterThan(2 * IN_FLIGHT_ALLOWANCE);
        assertThat(generator.sentAtCheckpoint).as("bytes on the wire when row %d was produced", CHECKPOINT)
                .isGreaterThan(generator.producedAtCheckpoint - IN_FLIGHT_ALLOWANCE);
        LoggedRequest upload = server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/update/users")))).get(0);
        byte[] body = upload.getBody();
        assertThat((long) body.length).isEqualTo(generator.producedBytes);
        String start = new String(body, 0, 200, StandardCharsets.UTF_8);
        String end = new String(body, body.length - 100, 100, StandardCharsets.UTF_8);
        assertThat(start).startsWith(HEADER + line(user(1)) + line(user(2)));
        assertThat(end).endsWith(line(user(ROWS - 1)) + line(user(ROWS)));
    }
}
