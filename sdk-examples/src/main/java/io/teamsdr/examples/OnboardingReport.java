package io.teamsdr.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The closing report of {@link OnboardingExample}: one line per step with the figures the calls
 * returned, and the exit code (0 when every step ran; 1 when one failed, which ends the run).
 * Partial results reported by the platform (a bulk item refused for a missing license) are figures,
 * not failures: the run goes on and reports them.
 */
public final class OnboardingReport {
    /** Exit code when every step ran. */
    public static final int OK = 0;
    /** Exit code when a step failed. */
    public static final int FAILED = 1;

    private final List<Line> lines = new ArrayList<>();
    private String failedStep;
    private String failure;

    /** Creates an empty report. */
    public OnboardingReport() {
    }

    /**
     * One line of the report.
     *
     * @param label what the line is about, e.g. {@code bulk update}
     * @param value the figures, e.g. {@code 24 sent: 19 succeeded, 5 failed}
     */
    public record Line(String label, String value) {
        /** Requires both parts. */
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Adds a line.
     *
     * @param label what the line is about
     * @param value the figures
     * @return this report
     */
    public OnboardingReport add(String label, String value) {
        lines.add(new Line(label, value));
        return this;
    }

    /**
     * Records that a step failed; the run stops there.
     *
     * @param step the step, e.g. {@code 3. bulk enable}
     * @param cause what went wrong
     */
    public void fail(String step, Throwable cause) {
        this.failedStep = Objects.requireNonNull(step, "step");
        this.failure = describe(cause);
    }

    /**
     * Returns the lines, in the order added.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /**
     * Finds a line by its label.
     *
     * @param label the label
     * @return the value, empty when there is no such line
     */
    public Optional<String> value(String label) {
        return lines.stream().filter(line -> line.label().equals(label)).map(Line::value).findFirst();
    }

    /**
     * Tells whether every step ran.
     *
     * @return {@code true} when no step failed
     */
    public boolean succeeded() {
        return failedStep == null;
    }

    /**
     * Returns the process exit code.
     *
     * @return {@link #OK} or {@link #FAILED}
     */
    public int exitCode() {
        return succeeded() ? OK : FAILED;
    }

    /**
     * Prints the report.
     *
     * @param out where to print
     */
    public void print(PrintStream out) {
        out.println();
        out.println("== Report");
        int width = lines.stream().mapToInt(line -> line.label().length()).max().orElse(0);
        for (Line line : lines) {
            out.printf("  %-" + width + "s  %s%n", line.label(), line.value());
        }
        if (succeeded()) {
            out.println("  Done: every step ran (exit code " + OK + ").");
        } else {
            out.println("  FAILED at step " + failedStep + ": " + failure);
            out.println("  Stopped there (exit code " + FAILED + ").");
        }
    }

    /** The SDK's messages already name the call, the status, the request id and what to do. */
    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
