package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.internal.JsonMapperFactory;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that encodes the {@code filters} query parameter of the Fusion list endpoints
 * (users, resource accounts, bulk jobs).
 *
 * <p>The API documents {@code filters} as an array but describes an object; the project decided
 * (NOTES.md) to send a single {@code filters} parameter holding the JSON object, e.g.
 * {@code filters={"country":["BE","NL"],"have_number":"yes"}}, which the request spec then
 * percent-encodes. Should the real server want another shape, only this class changes.
 *
 * <pre>{@code
 * FilterParam.builder()
 *         .values("country", List.of("BE", "NL"))
 *         .yesNo("have_number", true)
 *         .value("type", "call-queue")
 *         .applyTo(spec);
 * }</pre>
 */
final class FilterParam {
    /** The query parameter name. */
    public static final String NAME = "filters";

    private static final ObjectMapper JSON = JsonMapperFactory.create();

    private final Map<String, Object> conditions = new LinkedHashMap<>();

    private FilterParam() {
    }

    /**
     * Starts an empty filter object; conditions keep the order they are added in.
     *
     * @return the builder
     */
    public static FilterParam builder() {
        return new FilterParam();
    }

    /**
     * Spells a boolean the way the filters expect it.
     *
     * @param value the flag
     * @return {@code yes} or {@code no}
     */
    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /**
     * Adds a condition holding a list of values, e.g. {@code "country":["BE","NL"]}; an empty list
     * adds nothing, because an empty list filters nothing.
     *
     * @param name the condition name
     * @param values the values
     * @return this builder
     */
    public FilterParam values(String name, Collection<String> values) {
        Objects.requireNonNull(name, "name");
        if (!values.isEmpty()) {
            conditions.put(name, List.copyOf(values));
        }
        return this;
    }

    /**
     * Adds a condition holding one string, e.g. {@code "type":"call-queue"}; {@code null} adds nothing.
     *
     * @param name the condition name
     * @param value the value, or {@code null} for no condition
     * @return this builder
     */
    public FilterParam value(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (value != null) {
            conditions.put(name, value);
        }
        return this;
    }

    /**
     * Adds a yes/no condition, e.g. {@code "have_number":"yes"}; {@code null} adds nothing.
     *
     * @param name the condition name
     * @param value the flag, or {@code null} for no condition
     * @return this builder
     */
    public FilterParam yesNo(String name, Boolean value) {
        return value(name, value == null ? null : yesNo(value));
    }

    /**
     * Returns the JSON object text to send, not yet URL-encoded.
     *
     * @return the JSON object, empty when no condition was added (then nothing is sent)
     */
    public Optional<String> encode() {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.writeValueAsString(conditions));
        } catch (JsonProcessingException failure) {
            throw new TeamsdrException("cannot encode the filters " + conditions, failure);
        }
    }

    /**
     * Adds the {@code filters} parameter to a request when any condition was added.
     *
     * @param spec the request being built
     * @return the same request builder
     */
    public RequestSpec.Builder applyTo(RequestSpec.Builder spec) {
        return spec.queryIfPresent(NAME, encode());
    }
}
