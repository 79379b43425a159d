package io.teamsdr.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.teamsdr.core.internal.FieldUpdateSerializer;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field of an update body in one of three states: leave it {@linkplain #unchanged() unchanged}
 * (the field is not sent), {@linkplain #set(Object) set} it to a value, or {@linkplain #clear()
 * clear} it (the field is sent as JSON {@code null}, which these APIs read as "remove the value").
 *
 * <p>Plain {@code null} cannot tell "not given" from "remove", which is why update builders take
 * this type. With the SDK's object mapper an unchanged field is left out of the JSON entirely.
 *
 * @param <T> the field's value type
 */
@JsonSerialize(using = FieldUpdateSerializer.class)
public final class FieldUpdate<T> {
    private static final FieldUpdate<?> UNCHANGED = new FieldUpdate<>(State.UNCHANGED, null);
    private static final FieldUpdate<?> CLEAR = new FieldUpdate<>(State.CLEAR, null);

    private enum State { UNCHANGED, SET, CLEAR }

    private final State state;
    private final @Nullable T value;

    private FieldUpdate(State state, @Nullable T value) {
        this.state = state;
        this.value = value;
    }

    /**
     * Leaves the field as it is on the server: nothing is sent.
     *
     * @param <T> the value type
     * @return the unchanged marker
     */
    @SuppressWarnings("unchecked")
    public static <T> FieldUpdate<T> unchanged() {
        return (FieldUpdate<T>) UNCHANGED;
    }

    /**
     * Sets the field to a value.
     *
     * @param value the new value; use {@link #clear()} to remove a value
     * @param <T> the value type
     * @return the update
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> FieldUpdate<T> set(T value) {
        return new FieldUpdate<>(State.SET, Objects.requireNonNull(value,
                "value: use FieldUpdate.clear() to remove a value"));
    }

    /**
     * Clears the field: it is sent as JSON {@code null}.
     *
     * @param <T> the value type
     * @return the clear marker
     */
    @SuppressWarnings("unchecked")
    public static <T> FieldUpdate<T> clear() {
        return (FieldUpdate<T>) CLEAR;
    }

    /**
     * Sets the field to a value, or clears it when the value is {@code null}.
     *
     * @param value the new value or {@code null}
     * @param <T> the value type
     * @return the update
     */
    public static <T> FieldUpdate<T> setOrClear(@Nullable T value) {
        return value == null ? clear() : set(value);
    }

    /**
     * Tells whether the field is left unchanged.
     *
     * @return {@code true} when nothing is sent
     */
    public boolean isUnchanged() {
        return state == State.UNCHANGED;
    }

    /**
     * Tells whether the field is set to a value.
     *
     * @return {@code true} when a value is sent
     */
    public boolean isSet() {
        return state == State.SET;
    }

    /**
     * Tells whether the field is cleared.
     *
     * @return {@code true} when JSON {@code null} is sent
     */
    public boolean isCleared() {
        return state == State.CLEAR;
    }

    /**
     * Returns the value being set.
     *
     * @return the value, empty when unchanged or cleared
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldUpdate<?> that && state == that.state && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case UNCHANGED -> "unchanged";
            case CLEAR -> "clear";
            case SET -> "set(" + value + ")";
        };
    }
}
