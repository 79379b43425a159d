package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.internal.ResourceApiFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.GroupsApi;
import io.teamsdr.fusion.SipAddressApi;
import io.teamsdr.fusion.SyncApi;
import io.teamsdr.fusion.async.GroupsApiAsync;
import io.teamsdr.fusion.async.SipAddressApiAsync;
import io.teamsdr.fusion.async.SyncApiAsync;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncStatus;
import io.teamsdr.fusion.model.SyncType;
import io.teamsdr.fusion.model.SyncedUser;
import io.teamsdr.fusion.model.TeamsGroup;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints #26 to #29: groups and the group filter, the SIP address of a user, phone number sync. */
class GroupsSipSyncApisTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String GROUPS = SUB + "/msteams/groups";
    private static final String ORPHAN = "499ce848-8b9b-4d14-8e99-90ee50ea150b";

    private final Transport transport = ResourceApiFixture.transport(server);
    private final GroupsApi groups = ResourceApiFixture.msTeams(transport).groups();
    private final GroupsApiAsync groupsAsync = ResourceApiFixture.msTeamsAsync(transport).groups();
    private final SipAddressApi sip = ResourceApiFixture.msTeams(transport).sipAddresses();
    private final SipAddressApiAsync sipAsync = ResourceApiFixture.msTeamsAsync(transport).sipAddresses();
    private final SyncApi sync = ResourceApiFixture.msTeams(transport).sync();
    private final SyncApiAsync syncAsync = ResourceApiFixture.msTeamsAsync(transport).sync();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void groupsReadTheDocumentedExampleWithAnOrphanGroup() {
        server.stubFor(get(urlEqualTo(GROUPS)).willReturn(okJson("""
                {"groups": [
                  {"description": "All Company", "displayName": "All Company", "filter": true,
                   "id": "00192dff-7c1a-4147-9fc1-c2d26422cbd0", "teamsEnabled": false},
                  {"description": "Wiki, tip and tricks with Oracle SBC", "displayName": "SBC Oracle", "filter": true,
                   "id": "29016d35-b274-4fc6-847c-278fbf2696aa", "teamsEnabled": true, "mailEnabled": true},
                  {"displayName": "This filter is orphan", "id": "499ce848-8b9b-4d14-8e99-90ee50ea150b", "orphan": true}
                ]}""")));

        List<TeamsGroup> listed = groups.list();

        assertThat(listed).hasSize(3);
        assertThat(listed.get(0)).isEqualTo(new TeamsGroup("00192dff-7c1a-4147-9fc1-c2d26422cbd0", "All Company",
                Optional.of("All Company"), Optional.of(false), true, false));
        assertThat(listed.get(1).teamsEnabled()).contains(true);
        TeamsGroup orphan = listed.get(2);
        assertThat(orphan.orphan()).isTrue();
        assertThat(orphan.description()).isEmpty();
        assertThat(orphan.teamsEnabled()).isEmpty();
        assertThat(orphan.filter()).as("absent in the example").isFalse();
        assertThat(groupsAsync.list().join()).isEqualTo(listed);
    }

    @Test
    void replaceFilterPostsTheCompleteFilter() {
        server.stubFor(post(urlEqualTo(GROUPS)).willReturn(aResponse().withStatus(204)));

        groups.replaceFilter(List.of(
                GroupFilterEntry.of("444ce848-8b9b-4d14-8e99-90ee50ea150b", "Group Test"),
                GroupFilterEntry.of("461fa875-5a6e-4b01-8e51-68fe90ab182c", "Group Test 2")));

        server.verify(1, postRequestedFor(urlEqualTo(GROUPS)).withRequestBody(equalToJson("""
                {"groups": [
                  {"id": "444ce848-8b9b-4d14-8e99-90ee50ea150b", "displayName": "Group Test"},
                  {"id": "461fa875-5a6e-4b01-8e51-68fe90ab182c", "displayName": "Group Test 2"}
                ]}""", false, false)));
    }

    @Test
    void removingOneGroupMeansSendingTheOthersBuiltFromTheListing() {
        server.stubFor(get(urlEqualTo(GROUPS)).willReturn(okJson("""
                {"groups": [
                  {"description": "A", "displayName": "A", "filter": true, "id": "00192dff-7c1a-4147-9fc1-c2d26422cbd0", "teamsEnabled": false},
                  {"description": "B", "displayName": "B", "filter": false, "id": "29016d35-b274-4fc6-847c-278fbf2696aa", "teamsEnabled": true},
                  {"displayName": "Gone", "id": "499ce848-8b9b-4d14-8e99-90ee50ea150b", "filter": true, "orphan": true}
                ]}""")));
        server.stubFor(post(urlEqualTo(GROUPS)).willReturn(aResponse().withStatus(204)));

        List<GroupFilterEntry> kept = groups.list().stream()
                .filter(group -> group.filter() && !group.id().equals(ORPHAN))
                .map(TeamsGroup::toFilterEntry).toList();
        groupsAsync.replaceFilter(kept).join();

        server.verify(1, postRequestedFor(urlEqualTo(GROUPS)).withRequestBody(equalToJson(
                "{\"groups\": [{\"id\": \"00192dff-7c1a-4147-9fc1-c2d26422cbd0\", \"displayName\": \"A\"}]}",
                false, false)));
    }

    @Test
    void anEmptyFilterIsSentAsAnEmptyList() {
        server.stubFor(post(urlEqualTo(GROUPS)).willReturn(aResponse().withStatus(204)));

        groups.replaceFilter(List.of());

        server.verify(1, postRequestedFor(urlEqualTo(GROUPS)).withRequestBody(equalToJson("{\"groups\": []}")));
    }

    @Test
    void filterEntriesAreValidatedAndListedOnce() {
        ValidationException entry = catchThrowableOfType(ValidationException.class,
                () -> GroupFilterEntry.of("461fr875-5g6r-5bp01-8h51-68fe90gs182j", " "));
        assertThat(entry.violations()).extracting(Violation::field, Violation::value).containsExactly(
                tuple("id", "461fr875-5g6r-5bp01-8h51-68fe90gs182j"), tuple("displayName", " "));

        GroupFilterEntry a = GroupFilterEntry.of("444ce848-8b9b-4d14-8e99-90ee50ea150b", "A");
        ValidationException twice = catchThrowableOfType(ValidationException.class,
                () -> groups.replaceFilter(List.of(a, a)));
        assertThat(twice.violations()).extracting(Violation::field).containsExactly("groups[1].id");
        assertThatThrownBy(() -> groupsAsync.replaceFilter(null).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void sipAddressIsReadFromThePathWithoutMsteamsSegment() {
        String path = SUB + "/users/" + USER_ID + "/sip_address";
        server.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"sipAddress\": \"sip:sipAddress@msteams.com\"}")));

        assertThat(sip.get(USER_ID)).isEqualTo("sip:sipAddress@msteams.com");
        assertThat(sipAsync.get(USER_ID).join()).isEqualTo("sip:sipAddress@msteams.com");
        server.verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void sipAddressRejectsAnIdThatIsNotAnObjectId() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> sip.get("thomas"));

        assertThat(failure.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("userId", "thomas"));
        assertThatThrownBy(() -> sipAsync.get(null).join()).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void syncPostsTheTypeAndReadsTheSnakeCaseKey() {
        server.stubFor(post(urlEqualTo(SUB + "/msteams/sync")).willReturn(okJson("""
                {"msteams_user_ids": [
                  {"id": "927af5d9-8b79-4206-8143-c1f8bb0fc602", "status": "syncing"},
                  {"id": "2da785f7-3454-4bfe-9f30-4f368eb9db58", "status": "queued", "attempt": 1}
                ]}""")));

        SyncResult result = sync.sync();

        assertThat(result.users()).containsExactly(
                new SyncedUser("927af5d9-8b79-4206-8143-c1f8bb0fc602", SyncStatus.SYNCING),
                new SyncedUser("2da785f7-3454-4bfe-9f30-4f368eb9db58", SyncStatus.of("queued")));
        assertThat(result.users().get(1).status().isKnown()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo(SUB + "/msteams/sync"))
                .withRequestBody(equalToJson("{\"type\": \"normal\"}", false, false)));
    }

    @Test
    void syncSendsATypeTheSdkDoesNotKnowAsIs() {
        server.stubFor(post(urlEqualTo(SUB + "/msteams/sync")).willReturn(okJson("{\"msteams_user_ids\": []}")));

        assertThat(syncAsync.sync(SyncType.of("resource_accounts")).join().users()).isEmpty();
        assertThat(syncAsync.sync().join().users()).isEmpty();

        server.verify(1, postRequestedFor(urlEqualTo(SUB + "/msteams/sync"))
                .withRequestBody(equalToJson("{\"type\": \"resource_accounts\"}", false, false)));
        server.verify(1, postRequestedFor(urlEqualTo(SUB + "/msteams/sync"))
                .withRequestBody(equalToJson("{\"type\": \"normal\"}", false, false)));
    }

    @Test
    void syncRequiresAType() {
        assertThatThrownBy(() -> sync.sync(null)).isInstanceOf(ValidationException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> sync.sync(SyncType.of(" "))).isInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
