package io.teamsdr.benchmarks;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.UserUpdateResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call cost of the SDK against the raw reference ({@link RawFusionClient}): GET user (#6) and
 * PUT user (#8), one caller thread, against the same server for both sides. A third GET reads the
 * body the way the SDK does, to split the difference between the SDK's own code and that choice. The server runs in a
 * process of its own so that {@code -prof gc} counts the client's allocation only:
 * {@code server=FIXED} replays the fake's answers from a minimal JDK HttpServer (isolates client
 * cost), {@code server=FUSION_DEMO} is the {@code FakeFusionServer} itself (end to end).
 *
 * <p>Each fork starts its own server process, cold. Before JMH's warm-up, the set-up sends all four
 * calls in turn for {@link #WARMUP_SECONDS} seconds, so that the server's and both clients' code is
 * compiled whichever method the fork measures; without it the times still fall through the measured
 * iterations on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class CallOverheadBenchmark {
    /** How long the set-up warms the server and both clients up. */
    public static final int WARMUP_SECONDS = 10;

    /** The server both sides call. */
    @Param({"FIXED", "FUSION_DEMO"})
    public String server;

    private ServerProcess process;
    private FusionClient client;
    private UsersApi users;
    private RawFusionClient raw;
    private String userId;
    private UserUpdate update;

    /** Creates a benchmark state; JMH sets the parameter and calls {@link #setUp()}. */
    public CallOverheadBenchmark() {
    }

    /** Starts the server process and both clients, and checks that both read the same user. */
    @Setup(Level.Trial)
    public void setUp() {
        process = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.valueOf(server));
        Endpoint endpoint = process.endpoint();
        client = Clients.fusion(endpoint);
        users = Clients.msTeams(client, endpoint).users();
        raw = new RawFusionClient(endpoint);
        userId = endpoint.userId();
        update = UserUpdate.builder()
                .displayName(ReplayServer.UPDATE.displayName())
                .location(ReplayServer.UPDATE.location())
                .build();
        if (!users.get(userId).equals(raw.getUser(userId))) {
            throw new IllegalStateException("the SDK and the raw client read different users");
        }
        if (users.update(userId, update) != UserUpdateResult.ENABLED || raw.updateUser(userId, ReplayServer.UPDATE) != 200) {
            throw new IllegalStateException("the update did not answer 200 on both sides");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP_SECONDS);
        while (System.nanoTime() < until) {
            sdkGetUser();
            rawGetUser();
            rawStreamGetUser();
            sdkPutUser();
            rawPutUser();
        }
    }

    /** Closes the clients and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        process.close();
    }

    /**
     * GET user through the SDK.
     *
     * @return the user
     */
    @Benchmark
    public TeamsUser sdkGetUser() {
        return users.get(userId);
    }

    /**
     * GET user with {@code java.net.http} and Jackson.
     *
     * @return the user
     */
    @Benchmark
    public TeamsUser rawGetUser() {
        return raw.getUser(userId);
    }

    /**
     * GET user with {@code java.net.http} and Jackson, reading the body as a stream like the SDK.
     *
     * @return the user
     */
    @Benchmark
    public TeamsUser rawStreamGetUser() {
        return raw.getUserViaStream(userId);
    }

    /**
     * PUT user through the SDK.
     *
     * @return the outcome
     */
    @Benchmark
    public UserUpdateResult sdkPutUser() {
        return users.update(userId, update);
    }

    /**
     * PUT user with {@code java.net.http} and Jackson.
     *
     * @return the HTTP status
     */
    @Benchmark
    public int rawPutUser() {
        return raw.updateUser(userId, ReplayServer.UPDATE);
    }
}
