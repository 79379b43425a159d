package io.teamsdr.benchmarks;

import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.TeamsUser;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the call listener SPI costs a call: GET user through a client without a listener, and
 * through one with a listener that does nothing (every event is still built and delivered), against
 * the {@link ServerKind#FIXED} server in its own process. With none registered, no event object is
 * made, so the first figure is the SDK's plain cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class ListenerOverheadBenchmark {
    private ServerProcess process;
    private FusionClient plain;
    private FusionClient listened;
    private UsersApi plainUsers;
    private UsersApi listenedUsers;
    private String userId;

    /** Creates a benchmark state; JMH calls {@link #setUp()}. */
    public ListenerOverheadBenchmark() {
    }

    /** Starts the server and both clients. */
    @Setup(Level.Trial)
    public void setUp() {
        process = ServerProcess.start("256m", Duration.ofMinutes(2), ServerKind.FIXED);
        Endpoint endpoint = process.endpoint();
        plain = Clients.fusion(endpoint);
        listened = FusionClient.builder().endpoint(endpoint.uri()).credentials(FusionCredentials.token(endpoint.token()))
                .listener(new CallListener() {
                    @Override
                    public void callStarted(CallInfo call) {
                        // nothing: the cost measured is the SDK's, not the listener's
                    }
                }).build();
        plainUsers = Clients.msTeams(plain, endpoint).users();
        listenedUsers = Clients.msTeams(listened, endpoint).users();
        userId = endpoint.userId();
    }

    /** Closes the clients and stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        plain.close();
        listened.close();
        process.close();
    }

    /**
     * GET user through a client without a listener.
     *
     * @return the user
     */
    @Benchmark
    public TeamsUser noListener() {
        return plainUsers.get(userId);
    }

    /**
     * GET user through a client whose listener does nothing.
     *
     * @return the user
     */
    @Benchmark
    public TeamsUser noOpListener() {
        return listenedUsers.get(userId);
    }
}
