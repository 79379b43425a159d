package io.teamsdr.examples;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * A progress line: on a console it is rewritten in place ({@code \r}), elsewhere (a file, a pipe, a
 * test's captured output) each update is a plain line, so logs never fill with carriage returns.
 */
public final class ConsoleProgress {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean interactive;
    private int shown;

    /**
     * Creates a progress line.
     *
     * @param out where to print
     * @param interactive {@code true} to rewrite the line in place; see {@link #stdoutIsTerminal()}
     */
    public ConsoleProgress(PrintStream out, boolean interactive) {
        this.out = Objects.requireNonNull(out, "out");
        this.interactive = interactive;
    }

    /**
     * Tells whether standard output is a terminal a person is looking at.
     *
     * @return {@code true} for an interactive console
     */
    public static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // Since JDK 22 System.console() is non-null even when output is redirected; the method that
        // tells the difference does not exist on the JDK 17 baseline, so it is looked up at run time.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException beforeJdk22) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException unknown) {
            return false;
        }
    }

    /**
     * Shows the current state.
     *
     * @param status one line of text, e.g. {@code page 3: 260 users}
     */
    public synchronized void update(String status) {
        if (interactive) {
            out.print('\r' + status + padding(status));
            out.flush();
            shown = status.length();
        } else {
            out.println(status);
        }
    }

    /**
     * Ends the progress line with a final text.
     *
     * @param summary the last line, e.g. {@code 260 users in 3 pages}
     */
    public synchronized void finish(String summary) {
        if (interactive) {
            out.println('\r' + summary + padding(summary));
            shown = 0;
        } else {
            out.println(summary);
        }
    }

    /**
     * Draws a text progress bar.
     *
     * @param done items done
     * @param total items in all
     * @return e.g. {@code [############------------] 12/24}
     */
    public static String bar(long done, long total) {
        int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total;
    }

    private String padding(String text) {
        return " ".repeat(Math.max(0, shown - text.length()));
    }
}
