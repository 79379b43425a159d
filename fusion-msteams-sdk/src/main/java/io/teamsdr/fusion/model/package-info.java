/**
 * The payloads of the Fusion MS Teams API: immutable records and builders. Read models ignore
 * unknown fields and give absent values as {@link java.util.Optional}; update bodies tell "leave
 * unchanged", "set" and, where the API document defines it, "clear" apart; every payload checks its
 * input once, when it is built, and a {@link io.teamsdr.core.ValidationException} names each problem.
 *
 * <p>Null-marked: nothing is {@code null} unless annotated {@link org.jspecify.annotations.Nullable}.
 */
@NullMarked
package io.teamsdr.fusion.model;

import org.jspecify.annotations.NullMarked;
