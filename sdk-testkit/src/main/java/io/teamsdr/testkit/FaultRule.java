package io.teamsdr.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * One fault injected into a fake, configured fluently and live from the moment
 * {@link Faults#on(String, String)} returns it. A rule matches requests by method and path; its
 * trigger decides on which matching calls it fires; its effects say what happens then.
 *
 * <p>Triggers (the last one set wins): {@link #always()} (the default), {@link #times(int)} for the
 * first n matching calls, {@link #onCall(int)} for the nth only, {@link #withProbability(double,
 * long)} for a seeded random share. Every matching call counts, whether or not an earlier rule
 * fired on it.
 *
 * <p>Effects: {@link #respond(int, String)} answers instead of the fake (the change is not made);
 * {@link #dropConnection()} closes the connection without answering (the change is not made);
 * {@link #applyThenDropConnection()} lets the fake make the change, then closes the connection
 * without answering (a lost response); {@link #malformedBody()} lets the fake answer, then cuts the
 * body so it is no longer valid JSON; {@link #delay(Duration)} waits before answering and combines
 * with any other effect; {@link #retryAfter(Duration)} and {@link #header(String, String)} add
 * headers to whatever answer is sent. A rule with none of respond, drop, malformed or delay
 * answers 500 with an "Injected fault" error. Thread-safe.
 */
public final class FaultRule {

    private enum Trigger { ALWAYS, FIRST_N, NTH, PROBABILITY }

    private final Faults owner;
    private final String method;
    private final PathPattern path;
    private Trigger trigger = Trigger.ALWAYS;
    private int n;
    private double probability;
    private Random random;
    private Integer status;
    private String body;
    private Duration delay = Duration.ZERO;
    private FaultEffect.Drop drop = FaultEffect.Drop.NONE;
    private boolean malformed;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int calls;
    private int fired;

    FaultRule(Faults owner, String method, PathPattern path) {
        this.owner = owner;
        this.method = method;
        this.path = path;
    }

    /**
     * Fires on every matching call (the default).
     *
     * @return this rule
     */
    public synchronized FaultRule always() {
        trigger = Trigger.ALWAYS;
        return this;
    }

    /**
     * Fires on the first {@code count} matching calls, then lets calls through.
     *
     * @param count number of calls, at least 1
     * @return this rule
     */
    public synchronized FaultRule times(int count) {
        requirePositive(count);
        trigger = Trigger.FIRST_N;
        n = count;
        return this;
    }

    /**
     * Fires on the {@code nth} matching call only (1 = the first).
     *
     * @param nth which call, at least 1
     * @return this rule
     */
    public synchronized FaultRule onCall(int nth) {
        requirePositive(nth);
        trigger = Trigger.NTH;
        n = nth;
        return this;
    }

    /**
     * Fires on a random share of matching calls, reproducibly for a given seed.
     *
     * @param share probability in [0, 1]
     * @param seed random seed
     * @return this rule
     */
    public synchronized FaultRule withProbability(double share, long seed) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + share);
        }
        trigger = Trigger.PROBABILITY;
        probability = share;
        random = new Random(seed);
        return this;
    }

    /**
     * Answers with a status and no body instead of letting the fake handle the call.
     *
     * @param httpStatus the status
     * @return this rule
     */
    public synchronized FaultRule respond(int httpStatus) {
        return respond(httpStatus, "");
    }

    /**
     * Answers with a status and a JSON body instead of letting the fake handle the call.
     *
     * @param httpStatus the status
     * @param jsonBody the body, sent as {@code application/json}; empty for none
     * @return this rule
     */
    public synchronized FaultRule respond(int httpStatus, String jsonBody) {
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + httpStatus);
        }
        status = httpStatus;
        body = Objects.requireNonNull(jsonBody, "jsonBody");
        drop = FaultEffect.Drop.NONE;
        return this;
    }

    /**
     * Adds {@code Retry-After} in whole seconds to the answer.
     *
     * @param after the delay to announce
     * @return this rule
     */
    public FaultRule retryAfter(Duration after) {
        return header("Retry-After", String.valueOf(Math.max(0, after.toSeconds())));
    }

    /**
     * Adds {@code Retry-After} with a raw value, e.g. an HTTP date.
     *
     * @param value the header value as sent
     * @return this rule
     */
    public FaultRule retryAfter(String value) {
        return header("Retry-After", value);
    }

    /**
     * Adds a header to the answer.
     *
     * @param name header name
     * @param value header value
     * @return this rule
     */
    public synchronized FaultRule header(String name, String value) {
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Waits before answering; combines with the other effects.
     *
     * @param latency added latency
     * @return this rule
     */
    public synchronized FaultRule delay(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("negative delay");
        }
        delay = latency;
        return this;
    }

    /**
     * Closes the connection without answering and without letting the fake handle the call.
     *
     * @return this rule
     */
    public synchronized FaultRule dropConnection() {
        drop = FaultEffect.Drop.BEFORE_HANDLER;
        status = null;
        return this;
    }

    /**
     * Lets the fake handle the call (the change is made), then closes the connection without
     * answering: the client cannot know whether the change happened.
     *
     * @return this rule
     */
    public synchronized FaultRule applyThenDropConnection() {
        drop = FaultEffect.Drop.AFTER_HANDLER;
        status = null;
        return this;
    }

    /**
     * Lets the fake handle the call, then sends a body that is not valid JSON.
     *
     * @return this rule
     */
    public synchronized FaultRule malformedBody() {
        malformed = true;
        return this;
    }

    /**
     * Stops this rule; other rules stay.
     */
    public void remove() {
        owner.remove(this);
    }

    /**
     * Number of calls this rule matched.
     *
     * @return matching calls so far
     */
    public synchronized int matchedCalls() {
        return calls;
    }

    /**
     * Number of calls on which this rule fired.
     *
     * @return fired count so far
     */
    public synchronized int firedCount() {
        return fired;
    }

    boolean matches(String requestMethod, String requestPath) {
        return PathPattern.methodMatches(method, requestMethod) && path.matches(requestPath);
    }

    /**
     * Counts a matching call and decides whether the rule fires on it; a rule that would fire after
     * an earlier rule already did still counts the call (and draws its random number, so seeded
     * runs stay reproducible) but does not fire.
     */
    synchronized FaultEffect evaluate(boolean earlierRuleFired) {
        calls++;
        boolean fires = switch (trigger) {
            case ALWAYS -> true;
            case FIRST_N -> calls <= n;
            case NTH -> calls == n;
            case PROBABILITY -> random.nextDouble() < probability;
        };
        if (!fires || earlierRuleFired) {
            return null;
        }
        fired++;
        boolean passive = status == null && drop == FaultEffect.Drop.NONE && !malformed && delay.isZero();
        Integer answer = passive ? Integer.valueOf(500) : status;
        String answerBody = passive
                ? "{\"error\":{\"code\":500,\"reason\":\"Injected fault\"}}"
                : body;
        return new FaultEffect(toString(), answer, answerBody, delay, drop, malformed, Map.copyOf(headers));
    }

    private static void requirePositive(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("must be >= 1: " + value);
        }
    }

    /**
     * The rule as written, for the journal and failure messages.
     *
     * @return e.g. {@code GET /api/**}{@code /status times(2) respond(503)}
     */
    @Override
    public synchronized String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(method == null ? "*" : method).append(' ').append(path);
        switch (trigger) {
            case FIRST_N -> sb.append(" times(").append(n).append(')');
            case NTH -> sb.append(" onCall(").append(n).append(')');
            case PROBABILITY -> sb.append(" withProbability(").append(probability).append(')');
            default -> sb.append(" always");
        }
        if (status != null) {
            sb.append(" respond(").append(status).append(')');
        }
        if (!delay.isZero()) {
            sb.append(" delay(").append(delay.toMillis()).append("ms)");
        }
        if (drop == FaultEffect.Drop.BEFORE_HANDLER) {
            sb.append(" dropConnection");
        } else if (drop == FaultEffect.Drop.AFTER_HANDLER) {
            sb.append(" applyThenDropConnection");
        }
        if (malformed) {
            sb.append(" malformedBody");
        }
        headers.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
