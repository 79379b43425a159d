package io.teamsdr.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the observation of a teamsdr call and chooses its keys. Replace the
 * {@linkplain DefaultTeamsdrObservationConvention default} to rename the meter, add or drop tags: pass
 * your convention to {@link MicrometerCallListener.Builder#convention(TeamsdrObservationConvention)}, or
 * declare it as a bean with the Spring Boot starter. Extending {@link DefaultTeamsdrObservationConvention}
 * keeps the default keys and adds yours:
 *
 * <pre>{@code
 * class WithTenant extends DefaultTeamsdrObservationConvention {
 *     public KeyValues getLowCardinalityKeyValues(TeamsdrCallContext context) {
 *         return super.getLowCardinalityKeyValues(context).and("region", region);
 *     }
 * }
 * }</pre>
 *
 * <p>Keep low-cardinality values low: they become meter tags. Identifiers, such as the request id,
 * belong in the high-cardinality keys, which reach spans only.
 */
public interface TeamsdrObservationConvention extends ObservationConvention<TeamsdrCallContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TeamsdrCallContext;
    }
}
