package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.RecordedRequest;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads far larger than the journal's cap, streamed by the client and read as a stream. */
class LargeUploadTest {

    private static final int ROWS = 200_000;

    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder().demoData().start();
        http = new VsxiHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoHundredThousandStreamedRowsAreAccepted() throws Exception {
        http.post("/teams/draft/start");
        GeneratedCsv csv = new GeneratedCsv(ROWS);
        VsxiHttp.Answer answer = http.send(http.request("/teams/draft/update/users")
                .header("Content-Type", VsxiHttp.CSV)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(ROWS);
        assertThat(http.get("/teams/draft/status").json().path("users").path("added").asInt()).isEqualTo(ROWS);

        // The journal kept only a masked prefix, cut at a line end, and the true size.
        RecordedRequest entry = server.journal().last("POST", server.path(VsxiEndpoint.UPDATE_USERS)).orElseThrow();
        assertThat(entry.bodyBytes()).isEqualTo(csv.produced());
        assertThat(entry.bodyTruncated()).isTrue();
        assertThat(entry.body().length()).isLessThanOrEqualTo(server.journal().maxBodyChars());
        assertThat(entry.body()).startsWith("tenantId,sipUser,sipPassword,did\n1001,L000000,***,")
                .doesNotContain("pw-").endsWith("\n");

        assertThat(http.post("/teams/draft/commit").status()).isEqualTo(201);
        assertThat(server.sipUsers()).hasSize(ROWS + VsxiDemoData.SIP_USERS.size());
        assertThat(http.get("/teams/users?tenantIds=1002").json().path("users")).hasSize(2);

        // A small draft over the large configuration reports, diffs and commits just its rows.
        http.post("/teams/draft/start");
        assertThat(http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n"
                + "1001,L000001,new-password,+16660000001\n1001,N000001,pw,+16669999999\n").status()).isEqualTo(200);
        assertThat(http.deleteCsv("/teams/draft/delete/users", "sipUser\nL000002\n").status()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode users = http.get("/teams/draft/status").json().path("users");
        assertThat(List.of(users.path("added").asInt(), users.path("updated").asInt(), users.path("deleted").asInt()))
                .containsExactly(1, 1, 1);
        assertThat(http.post("/teams/draft/commit").json().path("summary").path("users").path("added").asInt())
                .isEqualTo(1);
        assertThat(server.sipUsers()).hasSize(ROWS + VsxiDemoData.SIP_USERS.size()).contains("N000001")
                .doesNotContain("L000002");
        assertThat(http.post("/teams/rollback").status()).isEqualTo(200);
        assertThat(server.sipUsers()).hasSize(ROWS + VsxiDemoData.SIP_USERS.size()).contains("L000002")
                .doesNotContain("N000001");
    }

    @Test
    void concurrentUploadsAreEachAppliedWhole() throws Exception {
        http.post("/teams/draft/start");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<VsxiHttp.Answer>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                StringBuilder csv = new StringBuilder("tenantId,sipUser,sipPassword,did\n");
                for (int i = 0; i < 500; i++) {
                    csv.append("1002,C").append(t).append('_').append(i).append(",pw,+3226").append(t)
                            .append(String.format("%06d", i)).append('\n');
                }
                answers.add(pool.submit(() -> http.postCsv("/teams/draft/update/users", csv.toString())));
            }
            for (Future<VsxiHttp.Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get("/teams/draft/status").json().path("users").path("added").asInt()).isEqualTo(4000);
    }

    /** Produces a users CSV row by row, never holding it; counts the bytes it produced. */
    private static final class GeneratedCsv extends InputStream {
        private final int rows;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int position;
        private long produced;

        GeneratedCsv(int rows) {
            this.rows = rows;
        }

        long produced() {
            return produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            produced += n;
            return n;
        }

        private boolean refill() {
            if (next >= rows) {
                return false;
            }
            StringBuilder sb = new StringBuilder();
            if (next < 0) {
                sb.append("tenantId,sipUser,sipPassword,did\n");
                next = 0;
            }
            for (int i = 0; i < 1000 && next < rows; i++, next++) {
                sb.append("1001,L").append(String.format("%06d", next)).append(",pw-").append(next)
                        .append(",+1666").append(String.format("%07d", next)).append('\n');
            }
            chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }
}
