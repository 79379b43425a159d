package io.teamsdr.fusion.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.models.LicenseUnitsDetail;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.AssignedLicense;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.MsTeamsUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TenantLicense;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Maps users and licenses read by a real Graph client from the fake, and checks them against Fusion's view. */
class GraphMappingTest {

    @RegisterExtension
    static final FakeFusionExtension FUSION = FakeFusionExtension.builder().build();

    private static User graphUser(GraphServiceClient graph, String id) {
        return graph.users().byUserId(id).get(request -> request.queryParameters.select = GraphMapping.userSelect());
    }

    @Test
    void directoryUserCarriesWhatFusionShows(FakeFusionServer server, MsTeams teams) {
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        MsTeamsUser fusion = teams.users().get(thomas).msTeams();

        DirectoryUser user = GraphMapping.directoryUser(graphUser(Graphs.client(server), thomas));

        assertThat(user.id()).isEqualTo(fusion.id());
        assertThat(user.userPrincipalName()).isEqualTo(fusion.userPrincipalName());
        assertThat(user.displayName()).isEqualTo(fusion.displayName());
        assertThat(user.usageLocation()).isEqualTo(fusion.location()).contains("NL");
        assertThat(user.skuIds()).containsExactlyInAnyOrderElementsOf(
                fusion.licenses().stream().map(AssignedLicense::skuId).toList());
    }

    @Test
    void usersReadWithoutSelectLackLocationAndLicensesAndSayWhatToSelect(FakeFusionServer server) {
        GraphServiceClient graph = Graphs.client(server);
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();

        DirectoryUser defaults = DirectoryUser.from(graph.users().byUserId(thomas).get());
        User onlyId = graph.users().byUserId(thomas).get(request -> request.queryParameters.select = new String[] {"id"});

        assertThat(defaults.usageLocation()).isEmpty();
        assertThat(defaults.skuIds()).isEmpty();
        assertThatThrownBy(() -> DirectoryUser.from(onlyId)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userPrincipalName").hasMessageContaining("usageLocation,assignedLicenses");
    }

    @Test
    void subscribedSkusMapToTheLicensesFusionLists(FakeFusionServer server, MsTeams teams) {
        List<TenantLicense> fromGraph = Graphs.client(server).subscribedSkus().get().getValue().stream()
                .map(GraphMapping::tenantLicense).toList();

        List<TenantLicense> fromFusion = teams.licenses().list().stream()
                .map(l -> new TenantLicense(l.skuId(), l.skuPartNumber(), l.skuPartNumber(), l.total(), l.free()))
                .toList();
        assertThat(fromGraph).containsExactlyInAnyOrderElementsOf(fromFusion);
        assertThat(fromGraph).filteredOn(l -> l.skuId().equals(FusionDemo.MCOEV_SKU)).singleElement()
                .extracting(TenantLicense::free).isEqualTo((long) FusionDemo.MCOEV_FREE);
    }

    @Test
    void overusedSkuHasNoFreeSeatRatherThanANegativeCount() {
        SubscribedSku sku = new SubscribedSku();
        sku.setSkuId(UUID.fromString(FusionDemo.SPE_E5_SKU));
        sku.setSkuPartNumber("SPE_E5");
        LicenseUnitsDetail prepaid = new LicenseUnitsDetail();
        prepaid.setEnabled(10);
        sku.setPrepaidUnits(prepaid);
        sku.setConsumedUnits(12);

        assertThat(GraphMapping.tenantLicense(sku)).isEqualTo(new TenantLicense(FusionDemo.SPE_E5_SKU, "SPE_E5",
                "SPE_E5", 10, 0));
    }

    @Test
    void bulkItemFromTheDirectoryBringsThePlatformInLine(FakeFusionServer server, MsTeams teams) {
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        server.graph().overrideUsageLocation(thomas, "FR").overrideLicenses(thomas, "MCOCAP", "STANDARDPACK", "SPE_E5");
        Map<String, String> names = GraphMapping.partNumbers(teams.licenses().list());

        BulkUserItem item = GraphMapping.bulkItem(graphUser(Graphs.client(server), thomas), names).build();
        BulkResult result = teams.users().bulkUpdate("directory sync", List.of(item));

        assertThat(item.upn()).isEqualTo(FusionDemo.THOMAS_UPN);
        assertThat(item.location()).contains("FR");
        assertThat(item.licenses().value()).hasValueSatisfying(
                licenses -> assertThat(licenses).containsExactlyInAnyOrder("MCOCAP", "SPE_E5", "STANDARDPACK"));
        assertThat(item.phoneNumber()).isEqualTo(FieldUpdate.unchanged());
        assertThat(result.failed()).isEmpty();
        MsTeamsUser after = teams.users().get(thomas).msTeams();
        assertThat(after.location()).contains("FR");
        assertThat(after.licenses()).extracting(AssignedLicense::skuPartNumber)
                .containsExactlyInAnyOrder("MCOCAP", "STANDARDPACK", "SPE_E5");
    }

    @Test
    void bulkItemLeavesOutLicensesThePlatformDoesNotNameAndKeepsLicensesWhenThereAreNone() {
        DirectoryUser user = new DirectoryUser("8F1C2A4E-0000-4000-8000-000000000001", "a@contoso.onmicrosoft.com",
                "A", Optional.of("be"), Set.of(FusionDemo.MCOEV_SKU.toUpperCase(), UUID.randomUUID().toString()));
        DirectoryUser unlicensed = new DirectoryUser(user.id(), user.userPrincipalName(), "A", Optional.empty(),
                Set.of());

        BulkUserItem item = GraphMapping.bulkItem(user, Map.of(FusionDemo.MCOEV_SKU, "MCOEV")).build();
        BulkUserItem none = GraphMapping.bulkItem(unlicensed, Map.of(FusionDemo.MCOEV_SKU, "MCOEV")).build();

        assertThat(user.id()).isEqualTo("8f1c2a4e-0000-4000-8000-000000000001");
        assertThat(item.location()).contains("BE");
        assertThat(item.licenses()).isEqualTo(FieldUpdate.set(List.of("MCOEV")));
        assertThat(none.licenses()).isEqualTo(FieldUpdate.unchanged());
        assertThat(none.location()).isEmpty();
    }

    @Test
    void userQueryFindsTheDirectoryUserOnThePlatform(FakeFusionServer server, MsTeams teams) {
        String thomas = server.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();

        List<TeamsUser> found = teams.users().list(GraphMapping.userQuery(graphUser(Graphs.client(server), thomas))
                .build()).stream().toList();

        assertThat(found).extracting(TeamsUser::id).containsExactly(thomas);
    }
}
