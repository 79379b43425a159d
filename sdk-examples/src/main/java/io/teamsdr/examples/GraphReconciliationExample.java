package io.teamsdr.examples;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.graph.Difference;
import io.teamsdr.fusion.graph.DirectoryReconciler;
import io.teamsdr.fusion.graph.GraphClients;
import io.teamsdr.fusion.graph.GraphMapping;
import io.teamsdr.fusion.graph.ReconciliationSummary;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.GraphDirectory;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints the differences between the Azure AD directory, read with the Microsoft Graph SDK, and the
 * users the Fusion platform lists for the same MS Teams tenant: directory users unknown to the
 * platform, platform users gone from the directory, users whose display name, usage location or
 * licenses differ, and voice-enabled users without a number. Each line is printed as soon as the
 * reconciliation finds it; both sides are read page by page.
 *
 * <p>Against the embedded fake ({@code FUSION_ENDPOINT} unset) the fake serves Graph too, from the
 * same demo tenant. The two would agree apart from voice users without a number, so the example
 * first makes the fake's directory drift (a new hire, a move, a rename, a license change, a
 * departure) to show every kind of difference. Against real platforms, set the Fusion variables of
 * {@link ExampleEnvironment} and {@code GRAPH_TOKEN} (an access token with {@code User.Read.All}
 * and {@code Organization.Read.All}), and optionally {@code GRAPH_ENDPOINT} (default
 * {@code https://graph.microsoft.com/v1.0}).
 *
 * <pre>
 * mvn -q -ntp -pl sdk-examples -am package -DskipTests -Prun-example \
 *     -Dexample.main=io.teamsdr.examples.GraphReconciliationExample
 * </pre>
 */
public final class GraphReconciliationExample {

    private GraphReconciliationExample() {
    }

    /**
     * Runs the reconciliation from the command line.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            run(out, env, System.getenv());
        } catch (RuntimeException failure) {
            out.println("Reconciliation failed: " + failure.getMessage());
            System.exit(1);
        }
    }

    /**
     * Reconciles the directory with the platform and prints the report.
     *
     * @param out where to print
     * @param env the Fusion platform (or the embedded fake)
     * @param variables {@code GRAPH_TOKEN} and {@code GRAPH_ENDPOINT}, read only against a real platform
     * @return what was read and found
     * @throws IllegalStateException when Fusion is real and {@code GRAPH_TOKEN} is missing
     */
    public static ReconciliationSummary run(PrintStream out, ExampleEnvironment env, Map<String, String> variables) {
        MsTeams teams = env.teams();
        GraphServiceClient graph = env.fakeFusion().map(GraphReconciliationExample::driftingDirectory)
                .orElseGet(() -> realGraph(variables));
        out.println("Reconciling the directory with " + env.describeFusion());
        Map<String, String> licenseNames = GraphMapping.partNumbers(teams.licenses().list());

        ReconciliationSummary summary = DirectoryReconciler.builder(graph, teams).build()
                .reconcile(difference -> out.println("  " + describe(difference, licenseNames)));

        out.println("Read " + summary.platformUsers() + " platform users and " + summary.directoryUsers()
                + " directory users; " + summary.total() + (summary.total() == 1 ? " difference" : " differences"));
        summary.differences().forEach((kind, count) -> out.printf("  %-22s %d%n", kind, count));
        return summary;
    }

    /** The fake's Graph, after changes an administrator could have made in Azure AD without telling Fusion. */
    private static GraphServiceClient driftingDirectory(FakeFusionServer fake) {
        GraphDirectory directory = fake.graph();
        String thomas = fake.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        directory.addDirectoryOnlyUser("new.hire@" + FusionDemo.DOMAIN, "New Hire", "BE", "SPE_E3", "MCOEV");
        directory.overrideUsageLocation(thomas, "FR").overrideDisplayName(thomas, "Tom Anderson");
        directory.overrideLicenses(fake.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)).orElseThrow(), "SPE_E3", "MCOEV");
        directory.removeUser(fake.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow());
        return GraphClients.create(directory.baseUrl(), fake::adminToken);
    }

    private static GraphServiceClient realGraph(Map<String, String> variables) {
        String token = Optional.ofNullable(variables.get("GRAPH_TOKEN")).map(String::strip).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new IllegalStateException("FUSION_ENDPOINT is set, so the example reads the real "
                        + "directory, but GRAPH_TOKEN is missing. Set it to a Graph access token, or unset "
                        + "FUSION_ENDPOINT to use the embedded fake."));
        URI endpoint = Optional.ofNullable(variables.get("GRAPH_ENDPOINT")).map(String::strip).filter(e -> !e.isEmpty())
                .map(URI::create).orElse(GraphClients.MICROSOFT_GRAPH_V1);
        return GraphClients.create(endpoint, () -> token);
    }

    /** Licenses by part number rather than GUID, the way administrators know them. */
    private static String describe(Difference difference, Map<String, String> licenseNames) {
        if (difference instanceof Difference.LicensesDiffer licenses) {
            return "licenses: " + licenses.userPrincipalName() + " only in directory "
                    + names(licenses.onlyInDirectory(), licenseNames) + ", only on platform "
                    + names(licenses.onlyOnPlatform(), licenseNames);
        }
        return difference.describe();
    }

    private static String names(Set<String> skuIds, Map<String, String> licenseNames) {
        return skuIds.stream().map(sku -> licenseNames.getOrDefault(sku, sku)).collect(Collectors.joining(", ", "[", "]"));
    }
}
