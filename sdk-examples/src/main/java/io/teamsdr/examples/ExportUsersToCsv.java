package io.teamsdr.examples;

import io.teamsdr.core.Page;
import io.teamsdr.fusion.model.AssignedLicense;
import io.teamsdr.fusion.model.DirectoryRole;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Exports every MS Teams user, with its Fusion data, to a CSV file while the pages arrive: each
 * page is written and flushed before the next one is requested, so memory holds one page whatever
 * the tenant's size. The file appears under its name only once complete.
 *
 * <pre>
 * mvn -q -ntp -pl sdk-examples -am package -DskipTests -Prun-example \
 *     -Dexample.main=io.teamsdr.examples.ExportUsersToCsv -Dexample.args=users.csv
 * </pre>
 */
public final class ExportUsersToCsv {
    /** The header of the export. */
    public static final List<String> COLUMNS = List.of("id", "userPrincipalName", "displayName", "location",
            "voiceEnabled", "licenses", "roles", "phoneNumber", "numberStatus", "fusionId", "numberId",
            "connectionId", "customerLicenses");

    private static final int PAGE_SIZE = 200;

    private ExportUsersToCsv() {
    }

    /**
     * Runs the export from the command line.
     *
     * @param args the output file, {@code users.csv} when absent
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path file = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "users.csv");
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            run(out, env, file, ConsoleProgress.stdoutIsTerminal());
        } catch (RuntimeException failure) {
            out.println("Export failed, " + file + " was not written: " + failure.getMessage());
            System.exit(1);
        }
    }

    /**
     * Exports every user.
     *
     * @param out where to print progress
     * @param env where to read the users
     * @param file the CSV to write, replaced if it exists
     * @param interactive {@code true} to redraw the progress line in place
     * @return the number of user rows written (the header not counted)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static long run(PrintStream out, ExampleEnvironment env, Path file, boolean interactive) {
        Objects.requireNonNull(file, "file");
        out.println("Exporting the users of " + env.describeFusion());
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        ConsoleProgress progress = new ConsoleProgress(out, interactive);
        long rows = 0;
        int pages = 0;
        try {
            try (BufferedWriter csv = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                csv.write(Csv.format(COLUMNS));
                csv.newLine();
                for (Page<TeamsUser> page : env.teams().users().list(UserQuery.builder().pageSize(PAGE_SIZE).build())
                        .byPage()) {
                    for (TeamsUser user : page.items()) {
                        csv.write(Csv.format(row(user)));
                        csv.newLine();
                    }
                    // Flushed page by page: the rows are on disk before the next page is requested.
                    csv.flush();
                    rows += page.items().size();
                    pages = page.number();
                    progress.update("  page " + pages + ": " + rows + " rows written");
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + target + ": " + failure.getMessage(), failure);
        } finally {
            deleteQuietly(partial);
        }
        progress.finish("Wrote " + rows + " users (" + pages + (pages == 1 ? " page" : " pages") + ") to " + target);
        return rows;
    }

    /**
     * Turns one user into the fields of {@link #COLUMNS}.
     *
     * @param user the user
     * @return the fields, empty where the user has no value
     */
    public static List<String> row(TeamsUser user) {
        var ms = user.msTeams();
        var fusion = user.draas();
        return List.of(
                ms.id(),
                ms.userPrincipalName(),
                ms.displayName(),
                ms.location().orElse(""),
                ms.voiceEnabled().map(VoiceEnabled::value).orElse(""),
                ms.licenses().stream().map(AssignedLicense::skuPartNumber).collect(Collectors.joining(";")),
                ms.roles().stream().map(DirectoryRole::displayName).collect(Collectors.joining(";")),
                user.phoneNumber().orElse(""),
                fusion.flatMap(FusionUser::status).map(Object::toString).orElse(""),
                fusion.map(f -> String.valueOf(f.id())).orElse(""),
                fusion.flatMap(FusionUser::numberId).map(String::valueOf).orElse(""),
                fusion.flatMap(FusionUser::connectionId).map(String::valueOf).orElse(""),
                fusion.map(f -> String.join(";", f.customerLicenses())).orElse(""));
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Only a leftover of a failed export; the original failure is the one that matters.
        }
    }
}
