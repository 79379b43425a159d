package io.teamsdr.micrometer;

/**
 * The names of the meters and tags that {@link MicrometerCallListener} produces, for dashboards, alerts
 * and tests.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer, from the call's observation (plus {@code .active}, a long
 *       task timer, when Micrometer's default meter handler is used)</td>
 *       <td>{@value #CLIENT}, {@value #OPERATION}, {@value #METHOD}, {@value #URI}, {@value #OUTCOME},
 *       {@value #STATUS}, {@value #EXCEPTION} (and {@code error}, added by Micrometer's meter handler)</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>{@value #CLIENT}, {@value #OPERATION}, {@value #REASON}</td></tr>
 *   <tr><td>{@value #PAUSES}</td><td>counter</td><td>{@value #CLIENT}</td></tr>
 *   <tr><td>{@value #IN_FLIGHT}</td><td>gauge</td><td>{@value #CLIENT}</td></tr>
 * </table>
 */
public final class TeamsdrMetrics {

    /** The observation and timer of every call: one sample per logical call, all attempts included. */
    public static final String REQUESTS = "teamsdr.client.requests";
    /** Counts retries scheduled, by reason ({@link io.teamsdr.core.event.RetryReason} in lower case). */
    public static final String RETRIES = "teamsdr.client.retries";
    /** Counts the client-wide pauses a 429 answer started. */
    public static final String PAUSES = "teamsdr.client.pauses";
    /** The calls started and not yet ended, those waiting for a concurrency permit or a pause included. */
    public static final String IN_FLIGHT = "teamsdr.client.in.flight";

    /** Tag: which client made the call, such as {@code fusion} or {@code vsxi}. */
    public static final String CLIENT = "client";
    /** Tag: the stable operation name, such as {@code fusion.users.get}. */
    public static final String OPERATION = "operation";
    /** Tag: the HTTP method. */
    public static final String METHOD = "method";
    /** Tag: the path template, never an expanded path. */
    public static final String URI = "uri";
    /** Tag: {@value #SUCCESS} when the call returned a result, {@value #FAILURE} when it threw. */
    public static final String OUTCOME = "outcome";
    /** Tag: the class of the last HTTP status the call got ({@code 2xx}, {@code 4xx}, ...) or {@value #NONE}. */
    public static final String STATUS = "status";
    /** Tag: the simple class name of the exception the caller got, or {@value #NONE}. */
    public static final String EXCEPTION = "exception";
    /** Tag of {@value #RETRIES}: why the attempt is retried, such as {@code rate_limited}. */
    public static final String REASON = "reason";

    /** High-cardinality key (spans only, never a meter tag): the call's {@code X-Request-Id}. */
    public static final String REQUEST_ID = "teamsdr.request.id";
    /** High-cardinality key (spans only): how many attempts reached the wire. */
    public static final String ATTEMPTS = "teamsdr.attempts";
    /** High-cardinality key (spans only): whether the call was made through an async view. */
    public static final String ASYNC = "teamsdr.async";

    /** Value of {@value #OUTCOME} for a call that returned a result. */
    public static final String SUCCESS = "SUCCESS";
    /** Value of {@value #OUTCOME} for a call that threw. */
    public static final String FAILURE = "FAILURE";
    /** Value of {@value #STATUS} or {@value #EXCEPTION} when there is none. */
    public static final String NONE = "none";

    private TeamsdrMetrics() {
    }
}
