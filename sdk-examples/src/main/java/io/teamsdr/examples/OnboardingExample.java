package io.teamsdr.examples;

import io.teamsdr.core.Page;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.Violation;
import io.teamsdr.fusion.BulkIncompleteException;
import io.teamsdr.fusion.BulkOptions;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.model.BulkItemResult;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.IntegrationState;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountType;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TenantDomain;
import io.teamsdr.fusion.model.TenantStatus;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ChangeCounts;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.PackageEntry;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Microsoft Teams Direct Routing onboarding, end to end, in five steps:
 *
 * <ol>
 *   <li>check that the MS Teams tenant is onboarded and ready;</li>
 *   <li>list every user through the infinite scroll, page by page, and summarise them;</li>
 *   <li>enable the users of a CSV for voice in one bulk update, with a progress bar, and print the
 *       outcome of each user, partial failures included;</li>
 *   <li>create a call-queue resource account with a number and wait until Microsoft has created it;</li>
 *   <li>mirror the users holding a number onto the SBC in a VSXi draft, review it, commit it with a
 *       check, then roll it back to show the recovery path.</li>
 * </ol>
 *
 * <p>Runs against the embedded fakes unless the environment names real platforms
 * ({@link ExampleEnvironment}); {@code --dry-run} reads and validates but writes nothing
 * ({@link OnboardingOptions}).
 */
public final class OnboardingExample {
    private static final int PAGE_SIZE = 100;
    private static final int BULK_BATCH_SIZE = 5;
    private static final WaitOptions QUEUE_WAIT =
            WaitOptions.timeout(Duration.ofMinutes(5)).withPollInterval(Duration.ofSeconds(2));
    private static final String QUEUE_NAME = "Support Queue";
    private static final String QUEUE_COUNTRY = "BE";
    private static final String BUNDLED_CSV = "/enable-users.csv";
    private static final int DIFF_LINES_SHOWN = 12;
    private static final int HISTORY_SHOWN = 3;

    private final ExampleEnvironment env;
    private final OnboardingOptions options;
    private final boolean interactive;
    private final Supplier<String> sipPasswords;

    /**
     * Prepares a run.
     *
     * @param env where to send the calls
     * @param options the command line
     * @param interactive {@code true} to redraw progress lines in place (a console)
     */
    public OnboardingExample(ExampleEnvironment env, OnboardingOptions options, boolean interactive) {
        this(env, options, interactive, new SipPasswords()::next);
    }

    /** Lets a test see the generated SIP passwords, to prove that none is printed. */
    OnboardingExample(ExampleEnvironment env, OnboardingOptions options, boolean interactive,
                      Supplier<String> sipPasswords) {
        this.env = Objects.requireNonNull(env, "env");
        this.options = Objects.requireNonNull(options, "options");
        this.interactive = interactive;
        this.sipPasswords = Objects.requireNonNull(sipPasswords, "sipPasswords");
    }

    /**
     * Runs the example from the command line; the exit code is non-zero when a step failed.
     *
     * @param args see {@link OnboardingOptions}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        OnboardingOptions options;
        try {
            options = OnboardingOptions.parse(args);
        } catch (IllegalArgumentException usage) {
            out.println("Usage error: " + usage.getMessage());
            System.exit(2);
            return;
        }
        int exitCode;
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            exitCode = new OnboardingExample(env, options, ConsoleProgress.stdoutIsTerminal()).run(out).exitCode();
        }
        // Only a failure ends the JVM: a normal return lets `mvn exec:java` finish the build cleanly.
        if (exitCode != OnboardingReport.OK) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs every step, prints as it goes, and ends with the report. A failing step stops the run; its
     * exception is in the report, never thrown.
     *
     * @param out where to print
     * @return the report, with the exit code
     */
    public OnboardingReport run(PrintStream out) {
        OnboardingReport report = new OnboardingReport();
        String step = "0. connect";
        try {
            out.println("teamsdr: Teams Direct Routing onboarding"
                    + (options.dryRun() ? " (DRY RUN: reads only, nothing is written)" : ""));
            out.println("  Fusion  " + env.describeFusion());
            out.println("  VSXi    " + env.describeVsxi());
            step = "1. tenant status";
            TenantStatus tenant = checkTenant(out, report);
            step = "2. list users";
            listUsers(out, report);
            step = "3. enable users";
            enableUsers(out, report);
            step = "4. call queue";
            createCallQueue(out, report);
            step = "5. mirror onto the SBC";
            mirrorOntoSbc(out, report, tenant);
        } catch (RuntimeException failure) {
            // Every SDK failure is a TeamsdrException whose message names the call, the status, the
            // request id and the fix; anything else (a bad CSV, a missing variable) says what to change.
            report.fail(step, failure);
        }
        report.print(out);
        return report;
    }

    // 1. Tenant status

    private TenantStatus checkTenant(PrintStream out, OnboardingReport report) {
        heading(out, "1. MS Teams tenant status");
        TenantStatus status = env.teams().status().get();
        out.println("  MS tenant        " + status.msTenantId() + " (" + status.mode() + ")");
        out.println("  onboarding       " + status.status());
        out.println("  PowerShell       " + describe(status.powershell()));
        out.println("  Microsoft Graph  " + describe(status.msGraph()));
        out.println("  Fusion domain    " + status.domain()
                .map(domain -> domain.name() + (domain.verified() ? " (verified)" : " (NOT verified)")).orElse("none"));
        out.println("  ready            " + (status.isReady() ? "yes" : "NO"));
        report.add("tenant", status.status() + ", " + (status.isReady() ? "ready for provisioning" : "NOT ready"));
        if (!status.isReady()) {
            throw new IllegalStateException("the MS Teams tenant is not ready for provisioning (see step 1): "
                    + "finish its onboarding in Fusion first");
        }
        return status;
    }

    private static String describe(IntegrationState state) {
        return state.active() ? "active" : "INACTIVE";
    }

    // 2. Users, page by page

    private void listUsers(PrintStream out, OnboardingReport report) {
        heading(out, "2. Users (infinite scroll, " + PAGE_SIZE + " per page)");
        UserQuery everyone = UserQuery.builder().pageSize(PAGE_SIZE).build();
        ConsoleProgress progress = new ConsoleProgress(out, interactive);
        UserSummary summary = new UserSummary();
        int pages = 0;
        // withPrefetch: the next page is requested while this one is being counted.
        for (Page<TeamsUser> page : env.teams().users().list(everyone).withPrefetch().byPage()) {
            pages = page.number();
            page.items().forEach(summary::add);
            progress.update("  page " + page.number() + ": " + summary.users() + " users so far"
                    + (page.isLast() ? " (last page)" : ", next page on its way"));
        }
        progress.finish("  " + summary.users() + " users in " + count(pages, "page"));
        out.println("  voice enabled    " + summary.voiceLine());
        out.println("  with a number    " + summary.withNumber());
        out.println("  by country       " + summary.countryLine());
        report.add("users", summary.users() + " listed in " + count(pages, "page") + ", " + summary.withNumber()
                + " with a number");
    }

    // 3. Bulk enable from a CSV

    private void enableUsers(PrintStream out, OnboardingReport report) {
        String source = options.csv().map(Path::toString).orElse("enable-users.csv (bundled)");
        heading(out, "3. Enable users for voice from " + source);
        EnableUsersCsv csv = readCsv();
        int valid = csv.rows().size();
        int rejected = csv.rejected().size();
        out.println("  " + (valid + rejected) + " users read: " + valid + " valid, " + rejected
                + " rejected by validation" + (rejected == 0 ? "" : " (not sent):"));
        for (EnableUsersCsv.Rejected line : csv.rejected()) {
            out.println("    line " + line.line() + "  " + line.upn() + ": "
                    + line.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        int requests = (valid + BULK_BATCH_SIZE - 1) / BULK_BATCH_SIZE;
        if (valid == 0) {
            report.add("bulk update", "nothing to send; " + rejected + " line(s) rejected");
            return;
        }
        if (options.dryRun()) {
            out.println("  Dry run: would send these " + valid + " users in " + requests + " bulk requests:");
            csv.rows().forEach(row -> out.println("    line " + row.line() + "  " + describe(row.item())));
            report.add("bulk update", "dry run: " + valid + " users valid, " + rejected + " rejected; nothing sent");
            return;
        }
        out.println("  Sending " + valid + " users in " + requests + " bulk requests of up to " + BULK_BATCH_SIZE + ":");
        ConsoleProgress progress = new ConsoleProgress(out, interactive);
        BulkOptions bulk = BulkOptions.batchesOf(BULK_BATCH_SIZE).withProgress(new ProgressListener() {
            @Override
            public void onItems(long done, long total) {
                progress.update("  " + ConsoleProgress.bar(done, total) + " users sent");
            }
        });
        BulkResult result;
        try {
            result = env.teams().users().bulkUpdate("Voice rollout (" + source + ")", csv.items(), bulk);
        } catch (BulkIncompleteException incomplete) {
            // A request failed as a whole (not an item): show what was answered, and what to resend.
            progress.finish("  stopped after " + incomplete.completed().requests() + " of " + requests + " requests");
            printResults(out, csv, incomplete.completed());
            out.println("  Not applied, to send again once the cause is fixed: " + incomplete.notApplied().stream()
                    .map(BulkUserItem::upn).collect(Collectors.joining(", ")));
            throw incomplete;
        }
        progress.finish("  " + ConsoleProgress.bar(valid, valid) + " users sent, " + result.requests()
                + " requests answered");
        out.println("  Result: " + result.status() + ", " + result.succeeded().size() + " succeeded, "
                + result.failed().size() + " failed:");
        printResults(out, csv, result);
        report.add("bulk update", valid + " sent in " + result.requests() + " requests: " + result.succeeded().size()
                + " enabled, " + result.failed().size() + " refused by Fusion; " + rejected
                + " rejected before sending");
    }

    private EnableUsersCsv readCsv() {
        try {
            if (options.csv().isPresent()) {
                try (BufferedReader reader = Files.newBufferedReader(options.csv().get(), StandardCharsets.UTF_8)) {
                    return EnableUsersCsv.read(reader);
                }
            }
            InputStream bundled = Objects.requireNonNull(OnboardingExample.class.getResourceAsStream(BUNDLED_CSV),
                    "the bundled enable-users.csv is missing from the class path");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(bundled, StandardCharsets.UTF_8))) {
                return EnableUsersCsv.read(reader);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the CSV: " + unreadable.getMessage(), unreadable);
        }
    }

    private static void printResults(PrintStream out, EnableUsersCsv csv, BulkResult result) {
        int width = result.items().stream().mapToInt(item -> item.upn().length()).max().orElse(0);
        for (BulkItemResult item : result.items()) {
            String number = csv.row(item.upn()).flatMap(row -> row.item().phoneNumber().value()).orElse("");
            String outcome = item.error().map(error -> "FAILED  " + error.code() + " " + error.reason()).orElse("ok");
            out.printf("    %-" + width + "s  %-14s %s%n", item.upn(), number, outcome);
        }
    }

    private static String describe(BulkUserItem item) {
        return item.upn() + ": number " + item.phoneNumber().value().orElse("unchanged")
                + item.licenses().value().map(names -> ", add licenses " + String.join(", ", names)).orElse("");
    }

    // 4. Call queue

    private void createCallQueue(PrintStream out, OnboardingReport report) {
        heading(out, "4. Call queue resource account");
        MsTeams teams = env.teams();
        String upn = options.queueUpn().orElseGet(() -> "support.queue@" + firstDomain(teams));
        ResourceAccount existing = teams.resourceAccounts().list().stream()
                .filter(account -> account.msTeams().userPrincipalName().equalsIgnoreCase(upn))
                .findFirst().orElse(null);
        if (existing != null) {
            out.println("  " + upn + " exists already (" + describe(existing) + "); not created again");
            report.add("call queue", upn + " already there, " + describe(existing));
            return;
        }
        ResourceAccountCreate create = ResourceAccountCreate.builder()
                .accountType(ResourceAccountType.CALL_QUEUE)
                .userPrincipalName(upn)
                .displayName(QUEUE_NAME)
                .location(QUEUE_COUNTRY)
                .phoneNumber(options.queueNumber())
                .build();
        if (options.dryRun()) {
            out.println("  Dry run: would create call queue " + upn + " with " + options.queueNumber());
            report.add("call queue", "dry run: " + upn + " not created");
            return;
        }
        out.println("  Creating call queue " + upn + " with " + options.queueNumber()
                + "; Microsoft creates it asynchronously, polling every " + QUEUE_WAIT.pollInterval().toSeconds() + " s");
        Instant started = Instant.now();
        ResourceAccount account = teams.resourceAccounts().createAndWait(create, QUEUE_WAIT);
        String took = seconds(Duration.between(started, Instant.now()));
        out.println("  Settled after " + took + ": " + describe(account) + ", id " + account.id());
        report.add("call queue", upn + " " + describe(account) + " (settled after " + took + ")");
    }

    private static String firstDomain(MsTeams teams) {
        List<String> domains = teams.domains().list();
        if (domains.isEmpty()) {
            throw new IllegalStateException("the tenant has no verified domain to build the call queue's UPN from; "
                    + "pass --queue-upn=...");
        }
        return domains.get(0);
    }

    private static String describe(ResourceAccount account) {
        return account.draas().flatMap(FusionUser::phoneNumber).orElse("no number") + ", status "
                + account.status().map(Object::toString).orElse("(no Fusion number)");
    }

    // 5. Mirror onto the SBC

    private void mirrorOntoSbc(PrintStream out, OnboardingReport report, TenantStatus status) {
        heading(out, "5. Mirror the users holding a number onto the SBC");
        String fqdn = status.domain().map(TenantDomain::name).orElseThrow();
        String tenantId = options.sbcTenantId();
        SbcTenant tenant = SbcTenant.builder()
                .tenantId(tenantId)
                .tenantName(fqdn)
                .microsoftFqdn(fqdn)
                .localIp(options.localIp())
                .did(options.queueNumber())
                .pbxId(options.pbxId())
                .spId(options.servicePortId())
                .build();
        List<SipUser> sipUsers = sipUsers(tenantId);
        out.println("  " + sipUsers.size() + " users hold a number on Fusion; each becomes a SIP user of SBC tenant "
                + tenantId + " (" + fqdn + ") with a generated SIP password (never printed)");
        VsxiTeamsClient vsxi = env.vsxi();
        if (options.dryRun()) {
            out.println("  Dry run: would open a draft, upsert tenant " + tenantId + " and " + sipUsers.size()
                    + " SIP users, review and commit it; the SBC has " + vsxi.sbcTenants().list().size()
                    + " tenants and " + count(vsxi.commits().list().size(), "committed session") + " now");
            report.add("SBC", "dry run: tenant " + tenantId + " and " + sipUsers.size() + " SIP users not written");
            return;
        }
        Commit committed = commitMirror(out, vsxi, tenant, sipUsers);
        printHistory(out, "History after the commit", vsxi.commits().list());

        out.println("  Recovery drill: rolling back session " + committed.session());
        Commit latest = latest(vsxi.commits().list());
        if (!latest.session().equals(committed.session())) {
            throw new IllegalStateException("session " + latest.session() + " was committed after ours by someone else; "
                    + "rolling back to ours would remove theirs too, so nothing was rolled back");
        }
        RollbackResult rollback = vsxi.commits().rollbackTo(committed.session());
        int left = vsxi.sipUsers().list(ConfigView.COMMITTED, SbcTenantFilter.of(tenantId)).size();
        out.println("  Rolled back" + rollback.removed().map(removed -> ": " + count(removed.size(), "session") + " removed")
                .orElse("") + "; SIP users of tenant " + tenantId + " now: " + left);
        printHistory(out, "History after the rollback", vsxi.commits().list());
        report.add("SBC", "tenant " + tenantId + " and " + sipUsers.size() + " SIP users committed as "
                + committed.session() + " (confirmed), then rolled back (" + left + " SIP users left)");
    }

    private List<SipUser> sipUsers(String tenantId) {
        List<SipUser> sipUsers = new ArrayList<>();
        UserQuery withNumber = UserQuery.builder().pageSize(PAGE_SIZE).hasPhoneNumber(true).build();
        for (TeamsUser user : env.teams().users().list(withNumber)) {
            user.phoneNumber().ifPresent(number -> sipUsers.add(SipUser.builder()
                    .tenantId(tenantId)
                    .sipUser(sipUserName(user))
                    .sipPassword(sipPasswords.get())
                    .did(number)
                    .build()));
        }
        return sipUsers;
    }

    /** The local part of the UPN: unique within the tenant's domain and readable in SBC logs. */
    private static String sipUserName(TeamsUser user) {
        String upn = user.msTeams().userPrincipalName();
        return upn.substring(0, upn.indexOf('@')).toLowerCase(Locale.ROOT);
    }

    private Commit commitMirror(PrintStream out, VsxiTeamsClient vsxi, SbcTenant tenant,
                                List<SipUser> sipUsers) {
        // An uncommitted draft is discarded when the block ends, whatever happens inside it.
        try (Draft draft = vsxi.drafts().start()) {
            out.println("  Draft " + draft.id().orElse("(no id)") + " opened");
            UploadResult tenants = draft.upsertSbcTenants(Rows.of(List.of(tenant)));
            UploadResult users = draft.upsertSipUsers(Rows.of(sipUsers));
            out.println("  Uploaded: " + tenants.accepted() + " tenant row and " + users.accepted() + " SIP user rows accepted");
            DraftStatus status = draft.status();
            out.println("  Draft status: tenants " + describe(status.sbcTenants()) + "; users " + describe(status.sipUsers()));
            printDiff(out, draft.diff());

            String description = "teamsdr onboarding example " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                    + ": tenant " + tenant.tenantId() + ", " + sipUsers.size() + " SIP users";
            ConfirmedCommit result = draft.commitConfirmed(description, commit -> {
                long found = readBack(vsxi, tenant.tenantId(), sipUsers);
                out.println("  Check after commit: " + found + " of " + sipUsers.size()
                        + " SIP users read back from the SBC with their DIDs");
                return found == sipUsers.size();
            });
            if (!result.isConfirmed()) {
                throw new IllegalStateException("the check after the commit failed, so session "
                        + result.commit().session() + " was rolled back; the SBC is as before");
            }
            out.println("  Committed session " + result.commit().session() + ", confirmed by the check");
            return result.commit();
        }
    }

    /** Counts the mirrored users the SBC lists back with the DID they were given. */
    private static long readBack(VsxiTeamsClient vsxi, String tenantId, List<SipUser> sipUsers) {
        Set<String> expected = sipUsers.stream().map(user -> user.sipUser() + " " + user.did()).collect(Collectors.toSet());
        return vsxi.sipUsers().list(ConfigView.COMMITTED, SbcTenantFilter.of(tenantId)).stream()
                .map(user -> user.sipUser() + " " + user.did())
                .filter(expected::contains)
                .count();
    }

    private static void printDiff(PrintStream out, ChangeSet diff) {
        out.println("  Diff: " + count(diff.entries().size(), "file") + ", "
                + diff.zipSize() + " bytes zipped (abridged):");
        for (PackageEntry entry : diff.entries()) {
            List<String> lines = entry.text().lines().toList();
            long added = lines.stream().filter(line -> line.startsWith("+") && !line.startsWith("+++")).count();
            long removed = lines.stream().filter(line -> line.startsWith("-") && !line.startsWith("---")).count();
            out.println("    " + entry.name() + " (+" + added + " -" + removed + " lines)");
            lines.stream().limit(DIFF_LINES_SHOWN)
                    // The file holds salted hashes, not passwords; still nothing secret-derived on screen.
                    .map(line -> line.replaceAll("password=\\S+", "password=***"))
                    .forEach(line -> out.println("      " + line));
            if (lines.size() > DIFF_LINES_SHOWN) {
                out.println("      ... " + (lines.size() - DIFF_LINES_SHOWN) + " more lines");
            }
        }
    }

    private static void printHistory(PrintStream out, String title, List<Commit> history) {
        out.println("  " + title + " (" + count(history.size(), "session") + ", as the SBC lists them):");
        history.stream().limit(HISTORY_SHOWN).forEach(commit -> out.println("    " + commit.session() + "  "
                + commit.timestamp().orElse("-") + "  " + commit.description().orElse("")
                + commit.summary().map(summary -> "  [tenants " + describe(summary.sbcTenants()) + "; users "
                        + describe(summary.sipUsers()) + "]").orElse("")));
        if (history.size() > HISTORY_SHOWN) {
            out.println("    ... " + (history.size() - HISTORY_SHOWN) + " older");
        }
    }

    private static Commit latest(List<Commit> history) {
        return history.stream()
                .max(Comparator.comparing(commit -> commit.instant().orElse(Instant.MIN)))
                .orElseThrow(() -> new IllegalStateException("the SBC's history is empty right after a commit"));
    }

    private static String describe(ChangeCounts counts) {
        return "+" + counts.added() + " ~" + counts.updated() + " -" + counts.deleted();
    }

    // Output helpers

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
