package io.teamsdr.micrometer;

import io.micrometer.common.KeyValues;
import java.util.OptionalInt;

/**
 * The default naming of teamsdr call observations: name {@value TeamsdrMetrics#REQUESTS}, span name the
 * operation (such as {@code fusion.users.get}), the low-cardinality tags {@value TeamsdrMetrics#CLIENT},
 * {@value TeamsdrMetrics#OPERATION}, {@value TeamsdrMetrics#METHOD}, {@value TeamsdrMetrics#URI},
 * {@value TeamsdrMetrics#OUTCOME}, {@value TeamsdrMetrics#STATUS} (status class) and
 * {@value TeamsdrMetrics#EXCEPTION}, and the high-cardinality keys {@value TeamsdrMetrics#REQUEST_ID},
 * {@value TeamsdrMetrics#ATTEMPTS} and {@value TeamsdrMetrics#ASYNC}.
 */
public class DefaultTeamsdrObservationConvention implements TeamsdrObservationConvention {

    /** The shared instance. */
    public static final DefaultTeamsdrObservationConvention INSTANCE = new DefaultTeamsdrObservationConvention();

    /** Creates the convention; extend it to add keys. */
    public DefaultTeamsdrObservationConvention() {
    }

    @Override
    public String getName() {
        return TeamsdrMetrics.REQUESTS;
    }

    @Override
    public String getContextualName(TeamsdrCallContext context) {
        return context.call().operation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TeamsdrCallContext context) {
        return KeyValues.of(
                TeamsdrMetrics.CLIENT, context.client(),
                TeamsdrMetrics.OPERATION, context.call().operation(),
                TeamsdrMetrics.METHOD, context.call().method(),
                TeamsdrMetrics.URI, context.call().pathTemplate(),
                TeamsdrMetrics.OUTCOME, outcome(context),
                TeamsdrMetrics.STATUS, statusClass(context.status()),
                TeamsdrMetrics.EXCEPTION, context.failure()
                        .map(failure -> failure.getClass().getSimpleName())
                        .orElse(TeamsdrMetrics.NONE));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(TeamsdrCallContext context) {
        return KeyValues.of(
                TeamsdrMetrics.REQUEST_ID, context.call().requestId(),
                TeamsdrMetrics.ATTEMPTS, Integer.toString(context.attempts()),
                TeamsdrMetrics.ASYNC, Boolean.toString(context.call().async()));
    }

    private static String outcome(TeamsdrCallContext context) {
        if (!context.ended()) {
            // Keys are also read when the observation starts; the outcome is only known at the end.
            return "UNKNOWN";
        }
        return context.failure().isPresent() ? TeamsdrMetrics.FAILURE : TeamsdrMetrics.SUCCESS;
    }

    private static String statusClass(OptionalInt status) {
        if (status.isEmpty()) {
            return TeamsdrMetrics.NONE;
        }
        return (status.getAsInt() / 100) + "xx";
    }
}
