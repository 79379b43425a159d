package io.teamsdr.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The constants of an open enumeration: a value type whose documented list of values is incomplete,
 * so an unknown value is kept as it came instead of failing a call. Looks a raw value up among the
 * constants, or wraps it anew.
 *
 * @param <T> the value type
 */
public final class KnownValues<T> {
    private final List<T> values;
    private final Map<String, T> byRaw = new HashMap<>();
    private final Function<String, T> wrap;

    private KnownValues(Function<T, String> raw, Function<String, T> wrap, List<T> values) {
        this.values = List.copyOf(values);
        this.wrap = wrap;
        for (T value : this.values) {
            byRaw.put(raw.apply(value), value);
        }
    }

    /**
     * Collects the constants of an open enumeration.
     *
     * @param raw reads the raw value of a constant
     * @param wrap wraps an unknown raw value
     * @param values the constants
     * @param <T> the value type
     * @return the constants
     */
    @SafeVarargs
    public static <T> KnownValues<T> of(Function<T, String> raw, Function<String, T> wrap, T... values) {
        return new KnownValues<>(raw, wrap, List.of(values));
    }

    /**
     * Returns the constant for a known raw value, or a new instance keeping an unknown one.
     *
     * @param raw the value as the API spells it
     * @return the value
     */
    public T of(String raw) {
        Objects.requireNonNull(raw, "value");
        T known = byRaw.get(raw);
        return known != null ? known : wrap.apply(raw);
    }

    /**
     * Tells whether a value is one of the constants.
     *
     * @param value the value
     * @return {@code true} for a constant
     */
    public boolean contains(T value) {
        return values.contains(value);
    }

    /**
     * Returns the constants.
     *
     * @return the constants, in declaration order
     */
    public List<T> values() {
        return values;
    }
}
