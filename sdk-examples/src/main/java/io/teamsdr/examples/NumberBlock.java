package io.teamsdr.examples;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A block of consecutive phone numbers an operator gave a site, e.g. the 100 numbers from
 * {@code +3225405200}.
 *
 * @param first the first number, E.164
 * @param size how many numbers the block holds
 */
public record NumberBlock(String first, int size) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    /**
     * Validates the block.
     *
     * @throws IllegalArgumentException when the first number is not E.164, the size is not positive,
     *     or the last number would have more than 15 digits
     */
    public NumberBlock {
        Objects.requireNonNull(first, "first");
        if (!E164.matcher(first).matches()) {
            throw new IllegalArgumentException("the first number must be E.164 ('+' and 2..15 digits), was '" + first + "'");
        }
        if (size < 1) {
            throw new IllegalArgumentException("a block holds at least one number, size was " + size);
        }
        String last = new BigInteger(first.substring(1)).add(BigInteger.valueOf(size - 1L)).toString();
        if (last.length() > 15) {
            throw new IllegalArgumentException("the block runs past 15 digits (last number +" + last + ")");
        }
    }

    /**
     * Names a block.
     *
     * @param first the first number, E.164
     * @param size how many numbers
     * @return the block
     */
    public static NumberBlock of(String first, int size) {
        return new NumberBlock(first, size);
    }

    /**
     * Returns the numbers of the block, in order.
     *
     * @return the E.164 numbers
     */
    public List<String> numbers() {
        BigInteger start = new BigInteger(first.substring(1));
        return Stream.iterate(start, n -> n.add(BigInteger.ONE)).limit(size).map(n -> "+" + n).toList();
    }
}
