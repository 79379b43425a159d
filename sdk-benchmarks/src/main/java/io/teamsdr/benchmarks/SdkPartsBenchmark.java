package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.internal.JsonMapperFactory;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionSeed;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps the SDK adds to a call, each alone, to attribute the time and allocation that
 * {@link CallOverheadBenchmark} measures between the SDK and the raw reference. Each step does what
 * {@code HttpTransport}, {@code ResponseView} and the Fusion resources do per call, next to a cheaper
 * alternative where there is one ({@code readBodyPresized}). Two steps show what the SDK did until
 * the redaction of request bodies became lazy and responses were decoded from bytes
 * ({@code redactUpdateBody}, {@code decodeUserViaString} against {@code decodeUserFromBytes}): they
 * measure what those changes saved.
 * The JSON is the {@code FakeFusionServer}'s answer for the demo user Thomas Anderson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class SdkPartsBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");

    private final ObjectMapper sdkMapper = JsonMapperFactory.create();
    private Subscription subscription;
    private String userId;
    private byte[] userJson;
    private UserUpdate update;
    private RequestSpec getSpec;

    /** Creates a benchmark state; JMH calls {@link #setUp()}. */
    public SdkPartsBenchmark() {
    }

    /**
     * Records the fake's GET user answer.
     *
     * @throws IOException when the fake cannot be read
     * @throws InterruptedException when interrupted
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        try (FakeFusionServer fusion = FakeFusionServer.builder().seed(FusionSeed.demo()).start()) {
            subscription = Subscription.of(fusion.draasInstance(), fusion.tenantUuid(), fusion.subscriptionId());
            userId = fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(fusion.baseUrl() + fusion.subscriptionPath() + "/msteams/user/" + userId))
                    .header("Authorization", "Bearer " + fusion.adminToken()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            userJson = response.body();
        }
        update = UserUpdate.builder().displayName(ReplayServer.UPDATE.displayName())
                .location(ReplayServer.UPDATE.location()).build();
        getSpec = getSpec();
    }

    /**
     * The request id every call gets: a version-4 UUID from {@code ThreadLocalRandom}, as the transport
     * makes it (it was {@code UUID.randomUUID()}, drawing from a shared SecureRandom).
     *
     * @return the id
     */
    @Benchmark
    public String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * The request spec of GET user: operation, subscription path parameters, user id.
     *
     * @return the spec
     */
    @Benchmark
    public RequestSpec buildGetUserSpec() {
        return getSpec();
    }

    /**
     * The path of GET user expanded from its template (parsed once, then appended per call).
     *
     * @return the path
     */
    @Benchmark
    public String expandPath() {
        return getSpec.expandedPath();
    }

    /**
     * A DEBUG log call with six arguments while DEBUG is off, as the transport makes per attempt.
     *
     * @return the status, so that the arguments stay alive
     */
    @Benchmark
    public int disabledDebugLog() {
        int status = 200;
        long elapsed = 3;
        LOG.debug("{} {} -> {} in {} ms [request-id={}, attempt={}]", "GET", "/x", status, elapsed, userId, 1);
        return status;
    }

    /**
     * The PUT body serialized, as the transport does once per call.
     *
     * @return the JSON
     * @throws IOException never
     */
    @Benchmark
    public byte[] serializeUpdate() throws IOException {
        return sdkMapper.writeValueAsBytes(update);
    }

    /**
     * The redacted copy of the PUT body the transport makes for TRACE logs, also when TRACE is off.
     *
     * @return the redacted text
     * @throws IOException never
     */
    @Benchmark
    public String redactUpdateBody() throws IOException {
        return Redactor.json(new String(sdkMapper.writeValueAsBytes(update), StandardCharsets.UTF_8));
    }

    /**
     * GET user's body decoded as the SDK does: bytes to a String, then Jackson over the String.
     *
     * @return the user
     * @throws IOException never
     */
    @Benchmark
    public TeamsUser decodeUserViaString() throws IOException {
        return sdkMapper.readValue(new String(userJson, StandardCharsets.UTF_8), TeamsUser.class);
    }

    /**
     * GET user's body decoded straight from the bytes, as the raw reference does.
     *
     * @return the user
     * @throws IOException never
     */
    @Benchmark
    public TeamsUser decodeUserFromBytes() throws IOException {
        return sdkMapper.readValue(userJson, TeamsUser.class);
    }

    /**
     * GET user's body read as {@code ResponseView.text()} does: {@code readAllBytes()} on the HTTP
     * client's body stream, which does not override it, so the JDK's generic version reads into a
     * fresh 8 KiB buffer and copies; then the bytes become a String.
     *
     * @return the text
     * @throws IOException never
     */
    @Benchmark
    public String readBodyAllBytes() throws IOException {
        try (InputStream in = new FilterInputStream(new ByteArrayInputStream(userJson)) { }) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * GET user's body read into an array of its Content-Length, the alternative: what
     * {@code BodyHandlers.ofByteArray()} gives a JSON handler.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] readBodyPresized() throws IOException {
        try (InputStream in = new FilterInputStream(new ByteArrayInputStream(userJson)) { }) {
            byte[] body = new byte[userJson.length];
            in.readNBytes(body, 0, body.length);
            return body;
        }
    }

    private RequestSpec getSpec() {
        return FusionOperation.USER_GET.request(subscription).pathParam("ms_user_id", userId).build();
    }
}
