package io.teamsdr.fusion.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.VoiceEnabled;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real Graph client and a Fusion client against one fake tenant, made to differ in every way. */
class DirectoryReconcilerTest {

    @RegisterExtension
    static final FakeFusionExtension FUSION = FakeFusionExtension.builder().build();

    private static DirectoryReconciler reconciler(FakeFusionServer server, MsTeams teams) {
        return DirectoryReconciler.builder(Graphs.client(server), teams).build();
    }

    private static List<Difference> differences(DirectoryReconciler reconciler) {
        List<Difference> all = new ArrayList<>();
        reconciler.reconcile(all::add);
        return all;
    }

    private static <T extends Difference> List<T> only(List<Difference> differences, Class<T> type) {
        return differences.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void demoTenantAgreesExceptForVoiceUsersWithoutNumber(FakeFusionServer server, MsTeams teams) {
        List<String> voiceWithoutNumber = teams.users().list(UserQuery.builder().pageSize(999)
                .voiceEnabled(VoiceEnabled.YES).hasPhoneNumber(false).build()).stream().map(u -> u.id()).toList();
        List<Difference> found = new ArrayList<>();

        ReconciliationSummary summary = reconciler(server, teams).reconcile(found::add);

        assertThat(voiceWithoutNumber).isNotEmpty();
        assertThat(found).allSatisfy(d -> assertThat(d).isInstanceOf(Difference.VoiceUserWithoutNumber.class));
        assertThat(found).extracting(Difference::userId).containsExactlyInAnyOrderElementsOf(voiceWithoutNumber);
        assertThat(summary.platformUsers()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(summary.directoryUsers()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(summary.count(Difference.Kind.VOICE_WITHOUT_NUMBER)).isEqualTo(voiceWithoutNumber.size());
        assertThat(summary.total()).isEqualTo(voiceWithoutNumber.size());
        assertThat(summary.inSync()).isFalse();
    }

    @Test
    void reportsEveryKindOfDifference(FakeFusionServer server, MsTeams teams) {
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        String john = server.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow();
        String emma = server.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)).orElseThrow();
        String lucas = server.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(1)).orElseThrow();
        String hire = server.graph().addDirectoryOnlyUser("new.hire@" + FusionDemo.DOMAIN, "New Hire", "BE",
                "SPE_E3", "MCOEV");
        server.graph().overrideUsageLocation(thomas, "FR")
                .overrideDisplayName(thomas, "Tom Anderson")
                .overrideLicenses(emma, "SPE_E3", "MCOEV")
                .overrideUsageLocation(lucas, null)
                .removeUser(john);

        List<Difference> found = differences(reconciler(server, teams));

        assertThat(only(found, Difference.DirectoryOnlyUser.class)).singleElement().satisfies(d -> {
            assertThat(d.userId()).isEqualTo(hire);
            assertThat(d.user()).isEqualTo(new DirectoryUser(hire, "new.hire@" + FusionDemo.DOMAIN, "New Hire",
                    Optional.of("BE"), Set.of(FusionDemo.SPE_E3_SKU, FusionDemo.MCOEV_SKU)));
        });
        assertThat(only(found, Difference.PlatformOnlyUser.class)).containsExactly(
                new Difference.PlatformOnlyUser(john, FusionDemo.JOHN_UPN, "John Doe"));
        assertThat(only(found, Difference.DisplayNameDiffers.class)).containsExactly(
                new Difference.DisplayNameDiffers(thomas, FusionDemo.THOMAS_UPN, "Tom Anderson", "Thomas Anderson"));
        assertThat(only(found, Difference.UsageLocationDiffers.class)).containsExactlyInAnyOrder(
                new Difference.UsageLocationDiffers(thomas, FusionDemo.THOMAS_UPN, Optional.of("FR"), Optional.of("NL")),
                new Difference.UsageLocationDiffers(lucas, FusionDemo.ROLLOUT_UPNS.get(1), Optional.empty(),
                        Optional.of("BE")));
        assertThat(only(found, Difference.LicensesDiffer.class)).singleElement().satisfies(d -> {
            assertThat(d.userId()).isEqualTo(emma);
            assertThat(d.onlyInDirectory()).containsExactly(FusionDemo.MCOEV_SKU);
            assertThat(d.onlyOnPlatform()).isEmpty();
            assertThat(d.platform()).containsExactly(FusionDemo.SPE_E3_SKU);
        });
        assertThat(found).filteredOn(d -> d.kind() != Difference.Kind.VOICE_WITHOUT_NUMBER).hasSize(6)
                .extracting(Difference::describe)
                .contains("usage location: " + FusionDemo.THOMAS_UPN + " directory FR, platform NL",
                        "display name: " + FusionDemo.THOMAS_UPN + " directory 'Tom Anderson', platform 'Thomas Anderson'",
                        "platform only: " + FusionDemo.JOHN_UPN + " (John Doe)");
    }

    @Test
    void differencesComeOutInPhasesAndPlatformChangesAreSeen(FakeFusionServer server, MsTeams teams) {
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        server.graph().addDirectoryOnlyUser("new.hire@" + FusionDemo.DOMAIN, "New Hire", "BE");
        teams.users().releasePhoneNumber(thomas);
        server.graph().removeUser(server.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow());

        List<Difference.Kind> kinds = reconciler(server, teams).differences().map(Difference::kind).toList();

        assertThat(kinds.get(0)).isEqualTo(Difference.Kind.VOICE_WITHOUT_NUMBER);
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo(Difference.Kind.PLATFORM_ONLY);
        assertThat(kinds.indexOf(Difference.Kind.DIRECTORY_ONLY))
                .isGreaterThan(kinds.lastIndexOf(Difference.Kind.VOICE_WITHOUT_NUMBER));
        assertThat(reconciler(server, teams).differences())
                .filteredOn(d -> d.userId().equals(thomas)).extracting(Difference::kind)
                .containsExactly(Difference.Kind.VOICE_WITHOUT_NUMBER);
    }

    @Test
    void ignoredLicensesAreNotCompared(FakeFusionServer server, MsTeams teams) {
        String emma = server.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)).orElseThrow();
        server.graph().overrideLicenses(emma, "SPE_E3", "FLOW_FREE");

        ReconciliationSummary all = reconciler(server, teams).reconcile(d -> { });
        ReconciliationSummary ignoring = DirectoryReconciler.builder(Graphs.client(server), teams)
                .ignoreLicenses("F30DB892-07E9-47E9-837C-80727F46FD3D").build().reconcile(d -> { });

        assertThat(all.count(Difference.Kind.LICENSES)).isEqualTo(1);
        assertThat(ignoring.count(Difference.Kind.LICENSES)).isZero();
    }

    @Test
    void readsBothSidesPageByPageWithTheSelectedProperties(FakeFusionServer server, MsTeams teams) {
        DirectoryReconciler reconciler = DirectoryReconciler.builder(Graphs.client(server), teams)
                .directoryPageSize(7).platformPageSize(11).build();

        ReconciliationSummary summary = reconciler.reconcile(d -> { });

        List<RecordedRequest> graphRequests = server.journal().requests("GET", "/v1.0/users");
        List<RecordedRequest> fusionRequests = server.journal().requests("GET", "/api/v01/**/msteams/users");
        assertThat(summary.directoryUsers()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(graphRequests).hasSize((FusionDemo.USER_COUNT + 6) / 7);
        assertThat(fusionRequests).hasSize((FusionDemo.USER_COUNT + 10) / 11);
        assertThat(graphRequests).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.queryParam("$top")).contains("7");
            assertThat(r.queryParam("$select")).contains("id,userPrincipalName,displayName,usageLocation,assignedLicenses");
            assertThat(r.header("Authorization")).isPresent();
        });
        assertThat(graphRequests.get(1).queryParam("$skiptoken")).isPresent();
        assertThat(fusionRequests.get(fusionRequests.size() - 1).sequence())
                .isLessThan(graphRequests.get(0).sequence());
    }

    @Test
    void streamIsLazyAndStopsReadingWhenTheCallerStops(FakeFusionServer server, MsTeams teams) {
        DirectoryReconciler reconciler = DirectoryReconciler.builder(Graphs.client(server), teams)
                .platformPageSize(50).build();

        Stream<Difference> differences = reconciler.differences();
        int beforeConsuming = server.journal().size();
        Iterator<Difference> first = differences.iterator();
        Difference difference = first.next();

        assertThat(beforeConsuming).isZero();
        assertThat(difference).isInstanceOf(Difference.VoiceUserWithoutNumber.class);
        assertThat(server.journal().requests("GET", "/v1.0/**")).isEmpty();
        assertThat(server.journal().requests("GET", "/api/v01/**/msteams/users").size())
                .isLessThan((FusionDemo.USER_COUNT + 49) / 50);
    }

    @Test
    void graphErrorsReachTheCaller(FakeFusionServer server, MsTeams teams) {
        GraphServiceClient revoked = GraphClients.create(server.graph().baseUrl(), () -> "not-a-token-of-the-fake");
        DirectoryReconciler reconciler = DirectoryReconciler.builder(revoked, teams).build();

        assertThatThrownBy(() -> reconciler.reconcile(d -> { })).isInstanceOfSatisfying(ODataError.class, e -> {
            assertThat(e.getResponseStatusCode()).isEqualTo(401);
            assertThat(e.getError().getCode()).isEqualTo("InvalidAuthenticationToken");
        });
    }

    @Test
    void pageSizesAreChecked(FakeFusionServer server, MsTeams teams) {
        DirectoryReconciler.Builder builder = DirectoryReconciler.builder(Graphs.client(server), teams);

        assertThatThrownBy(() -> builder.directoryPageSize(1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("directoryPageSize");
        assertThatThrownBy(() -> builder.platformPageSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platformPageSize");
    }
}
