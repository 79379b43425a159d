package io.teamsdr.examples;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.provisioning.ApplyReport;
import io.teamsdr.provisioning.DesiredState;
import io.teamsdr.provisioning.DesiredStateException;
import io.teamsdr.provisioning.DesiredStateFiles;
import io.teamsdr.provisioning.FusionSubscription;
import io.teamsdr.provisioning.Plan;
import io.teamsdr.provisioning.Provisioner;
import io.teamsdr.provisioning.StateProblem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code provision}: Teams Direct Routing as code, {@code terraform plan} and {@code apply} style, over
 * a desired-state file (the bundled {@code provision-demo.yaml} unless {@code --file} names another).
 *
 * <pre>
 * plan             read Fusion and the SBC, print what would change (the default)
 * apply            plan, apply, print the report, then plan again (which shows no change)
 * --file=FILE      the desired state (YAML, see DesiredStateFiles)
 * --json           print JSON for CI instead of text: the plan, or for apply the report
 * </pre>
 *
 * <p>Runs against the embedded fakes unless the environment names real platforms
 * ({@link ExampleEnvironment}); the file's {@code fusion} section is replaced by the subscription of
 * the environment. SIP passwords are generated per SIP user and never printed.
 */
public final class ProvisionExample {
    /** Exit code of a run that did all it was asked. */
    public static final int OK = 0;
    /** Exit code of a run that failed, or applied only part of the plan. */
    public static final int FAILED = 1;
    /** Exit code of a bad command line. */
    public static final int USAGE = 2;
    private static final String BUNDLED = "provision-demo.yaml";
    private static final Duration RESOURCE_ACCOUNT_WAIT = Duration.ofMinutes(5);

    private final ExampleEnvironment env;
    private final Supplier<String> newPassword;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    /**
     * Prepares a run.
     *
     * @param env where to send the calls
     */
    public ProvisionExample(ExampleEnvironment env) {
        this(env, new SipPasswords()::next);
    }

    /** Lets a test see the generated SIP passwords, to prove that none is printed. */
    ProvisionExample(ExampleEnvironment env, Supplier<String> newPassword) {
        this.env = Objects.requireNonNull(env, "env");
        this.newPassword = Objects.requireNonNull(newPassword, "newPassword");
    }

    /**
     * Runs the command line; the exit code is non-zero when something failed.
     *
     * @param args {@code plan} or {@code apply}, then options
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Command command;
        try {
            command = Command.parse(args);
        } catch (IllegalArgumentException usage) {
            out.println("Usage error: " + usage.getMessage());
            out.println("Usage: provision [plan|apply] [--file=desired-state.yaml] [--json]");
            System.exit(USAGE);
            return;
        }
        int exitCode;
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            exitCode = new ProvisionExample(env).run(command, out);
        }
        // Only a failure ends the JVM: a normal return lets `mvn exec:java` finish the build cleanly.
        if (exitCode != OK) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs one command and prints as it goes; failures are printed, never thrown.
     *
     * @param command what to do
     * @param out where to print
     * @return the exit code
     */
    public int run(Command command, PrintStream out) {
        try {
            DesiredState desired = read(command.file()).withSubscription(subscription());
            Provisioner provisioner = Provisioner.builder()
                    .fusion(env.fusion())
                    .vsxi(env.vsxi())
                    // One password per SIP user for the life of this process: an update writes the same again.
                    .sipPasswords(account -> passwords.computeIfAbsent(account.sipUser(), sip -> newPassword.get()))
                    .resourceAccountWait(RESOURCE_ACCOUNT_WAIT, Duration.ofSeconds(2))
                    .build();
            if (!command.json()) {
                out.println("teamsdr provision " + command.name() + " of " + desired.source().orElse("?"));
                out.println("  Fusion  " + env.describeFusion());
                out.println("  VSXi    " + env.describeVsxi());
                out.println();
            }
            Plan plan = provisioner.plan(desired);
            if (!(command.json() && command.apply())) {
                // apply --json prints one document, the report, which holds every planned action.
                print(out, command, plan);
            }
            if (!command.apply()) {
                return OK;
            }
            if (plan.isEmpty()) {
                if (!command.json()) {
                    out.println("\nNothing to apply.");
                }
                return OK;
            }
            AtomicLong rows = new AtomicLong();
            ApplyReport report = provisioner.apply(plan, command.json() ? ProgressListener.NONE : progress(out, rows));
            if (command.json()) {
                out.println(report.toJson());
                return report.isComplete() ? OK : FAILED;
            }
            out.println("  SBC: " + rows.get() + " SIP user rows written to the draft");
            out.println();
            report.writeText(out);
            Plan again = provisioner.plan(desired);
            out.println("\nPlan after the apply: " + again.summary());
            return report.isComplete() ? OK : FAILED;
        } catch (DesiredStateException invalid) {
            out.println("The desired state has " + invalid.problems().size() + " problem(s); nothing was read or written:");
            for (StateProblem problem : invalid.problems()) {
                out.println("  " + problem);
            }
            return FAILED;
        } catch (TeamsdrException | UncheckedIOException | IllegalStateException failure) {
            out.println("FAILED: " + failure.getMessage());
            return FAILED;
        }
    }

    private static void print(PrintStream out, Command command, Plan plan) {
        if (command.json()) {
            out.println(plan.toJson());
        } else {
            plan.writeText(out);
        }
    }

    private static ProgressListener progress(PrintStream out, AtomicLong rows) {
        return new ProgressListener() {
            @Override
            public void onItems(long done, long total) {
                out.println("  Fusion: " + ConsoleProgress.bar(done, total) + " users sent");
            }

            @Override
            public void onRows(long total) {
                // Called for every row, on the upload thread: counted here, printed once the apply is over.
                rows.set(total);
            }
        };
    }

    private FusionSubscription subscription() {
        Subscription subscription = env.teams().subscription();
        return FusionSubscription.of(subscription.draasInstance(), subscription.tenantUuid(),
                subscription.subscriptionId());
    }

    private static DesiredState read(Optional<Path> file) {
        if (file.isPresent()) {
            return DesiredStateFiles.readYaml(file.get());
        }
        InputStream bundled = Objects.requireNonNull(ProvisionExample.class.getResourceAsStream("/" + BUNDLED),
                "the bundled " + BUNDLED + " is missing from the class path");
        try (Reader reader = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
            return DesiredStateFiles.readYaml(reader, BUNDLED + " (bundled)", Path.of("."));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The command line.
     *
     * @param apply {@code apply} rather than {@code plan}
     * @param file the desired-state file, empty for the bundled one
     * @param json print JSON instead of text
     */
    public record Command(boolean apply, Optional<Path> file, boolean json) {

        /** Normalizes an absent file. */
        public Command {
            file = Objects.requireNonNullElse(file, Optional.empty());
        }

        /**
         * Reads the command line.
         *
         * @param args e.g. {@code apply --file=contoso.yaml}
         * @return the command
         * @throws IllegalArgumentException for an unknown word or option
         */
        public static Command parse(String... args) {
            boolean apply = false;
            boolean json = false;
            Path file = null;
            for (String arg : args) {
                if (arg.isBlank() || arg.equals("plan")) {
                    continue;
                }
                if (arg.equals("apply")) {
                    apply = true;
                } else if (arg.equals("--json")) {
                    json = true;
                } else if (arg.startsWith("--file=") && arg.length() > "--file=".length()) {
                    file = Path.of(arg.substring("--file=".length()));
                } else {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            return new Command(apply, Optional.ofNullable(file), json);
        }

        /**
         * Returns the command's name.
         *
         * @return {@code plan} or {@code apply}
         */
        public String name() {
            return apply ? "apply" : "plan";
        }
    }
}
