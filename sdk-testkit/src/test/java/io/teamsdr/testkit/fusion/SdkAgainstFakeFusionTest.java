package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkStatus;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateMode;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.VoiceEnabled;
import io.teamsdr.testkit.JournalAssert;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK driven against the fake through {@link WithFakeFusion}, as an application's tests would. */
@WithFakeFusion
class SdkAgainstFakeFusionTest {

    private final MsTeams teams;
    private final FakeFusionServer fusion;

    SdkAgainstFakeFusionTest(MsTeams teams, FakeFusionServer fusion) {
        this.teams = teams;
        this.fusion = fusion;
    }

    @Test
    void tenantIsReady() {
        assertThat(teams.status().get().isReady()).isTrue();
        assertThat(teams.subscription().subscriptionId()).isEqualTo(FusionDemo.SUBSCRIPTION_ID);
    }

    @Test
    void listsEveryUserAcrossPages() {
        List<TeamsUser> all = new ArrayList<>();
        teams.users().list(UserQuery.builder().pageSize(40).build()).forEach(all::add);
        assertThat(all).hasSize(FusionDemo.USER_COUNT);
        assertThat(new HashSet<>(all.stream().map(TeamsUser::id).toList())).hasSize(FusionDemo.USER_COUNT);
        assertThat(fusion.journal().requests("GET", "/api/**/msteams/users")).hasSize(7);
    }

    @Test
    void filtersReachTheServer() {
        List<TeamsUser> found = teams.users().list(UserQuery.builder().locations("BE", "NL")
                .voiceEnabled(VoiceEnabled.YES).hasPhoneNumber(false).pageSize(100).build()).stream().toList();
        assertThat(found).isNotEmpty().allSatisfy(u -> {
            assertThat(u.msTeams().location()).get().isIn("BE", "NL");
            assertThat(u.phoneNumber()).isEmpty();
        });
        assertThat(teams.users().list(UserQuery.builder().search("thomas and").build()).stream().toList())
                .singleElement().satisfies(u -> assertThat(u.phoneNumber()).hasValue(FusionDemo.THOMAS_NUMBER));
    }

    @Test
    void enablesVoiceAndFreesTheNumber() {
        String id = fusion.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)).orElseThrow();
        String number = FusionDemo.ROLLOUT_NUMBERS.get(0);
        teams.users().assignLicenses(id, List.of(FusionDemo.MCOEV_SKU));
        teams.users().update(id, UserUpdate.builder().phoneNumber(number).voiceRoutingPolicy("Global").build());
        assertThat(fusion.numberHolder(number)).hasValue(id);
        assertThat(teams.users().get(id).phoneNumber()).hasValue(number);
        assertThat(teams.users().checkVoice(id).voiceEnabled()).isTrue();

        teams.users().releasePhoneNumber(id);
        assertThat(fusion.numberHolder(number)).isEmpty();
        JournalAssert.assertThat(fusion.journal()).hasNoUnmatchedRequests()
                .hasRequestWithBodyField("PUT", "/api/**/msteams/users/{id}", "/phoneNumber", number)
                .hasRequestWithBodyField("PUT", "/api/**/msteams/users/{id}/phone_number", "/phoneNumber", null);
    }

    @Test
    void rulesSurfaceAsTypedErrors() {
        String a = fusion.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)).orElseThrow();
        assertThatThrownBy(() -> teams.users().setPhoneNumber(a, FusionDemo.THOMAS_NUMBER))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).hasValue("2023");
                });
        assertThatThrownBy(() -> teams.users().get("00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void demoRolloutIsPartial() {
        List<BulkUserItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(BulkUserItem.builder(FusionDemo.ROLLOUT_UPNS.get(i), "Rollout " + (i + 1))
                    .phoneNumber(FusionDemo.ROLLOUT_NUMBERS.get(i)).licenses("MCOEV").voiceRoutingPolicy("Global").build());
        }
        BulkResult result = teams.users().bulkUpdate("Q3 rollout", items);
        assertThat(result.status()).isEqualTo(BulkStatus.PARTIAL);
        assertThat(result.failed()).extracting(r -> r.upn())
                .containsExactly(FusionDemo.ROLLOUT_UPNS.get(3), FusionDemo.ROLLOUT_UPNS.get(4));
        assertThat(teams.bulkJobs().list().stream().toList()).singleElement()
                .satisfies(job -> assertThat(job.title()).isEqualTo("Q3 rollout"));
    }

    @Test
    void templateBeforeAndAfter() {
        String id = fusion.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow();
        TemplateResult result = teams.users().applyTemplate(id, 1, TemplateMode.OVERRIDE);
        assertThat(result.before().licenses()).isEmpty();
        assertThat(result.after().licenses()).containsExactly(FusionDemo.SPE_E3_SKU, FusionDemo.MCOEV_SKU);
        assertThat(result.after().voiceRoutingPolicy()).hasValue("Belgium-National");
    }

    @Test
    void injectsTheSameObjects(FusionClient client, FakeFusionServer server) {
        assertThat(server).isSameAs(fusion);
        assertThat(client.msTeams(teams.subscription()).licenses().list()).hasSizeGreaterThan(5);
        assertThat(server.journal().size()).isEqualTo(1);
    }
}
