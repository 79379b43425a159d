package io.teamsdr.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Minimum, median and maximum of repeated measurements.
 *
 * @param min the smallest value
 * @param median the median (mean of the two middle values for an even count)
 * @param max the largest value
 * @param count how many values
 */
public record Stats(double min, double median, double max, int count) {

    /**
     * Summarizes values.
     *
     * @param values the measurements; at least one
     * @return the summary
     */
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1], n);
    }
}
