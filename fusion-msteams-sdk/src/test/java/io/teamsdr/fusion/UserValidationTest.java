package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.GROUP_A;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.UsersFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.model.NewUser;
import io.teamsdr.fusion.model.TemplateMode;
import io.teamsdr.fusion.model.UserPropertiesUpdate;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Input is checked before sending: every violation is listed with field, value and rule, and nothing is sent. */
class UserValidationTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String UUID_RULE = "UUID (8-4-4-4-12 hex digits)";
    private static final String E164_RULE = "E.164 number: '+' and 2..15 digits";
    private static final String COUNTRY_RULE = "ISO 3166-1 alpha-2 country code, e.g. BE";

    private final FusionClient client = UsersFixture.client(server);
    private final UsersApi users = client.msTeams(SUBSCRIPTION).users();
    private final UsersApiAsync usersAsync = client.async().msTeams(SUBSCRIPTION).users();

    @AfterEach
    void nothingWasSent() {
        client.close();
        assertThat(UsersFixture.requests(server)).isEmpty();
    }

    private static List<Violation> violations(ThrowingCallable call) {
        ValidationException[] caught = new ValidationException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> caught[0] = e);
        return caught[0].violations();
    }

    @Test
    void userIdsMustBeAzureAdObjectIds() {
        assertThat(violations(() -> users.get("thomas.anderson"))).containsExactly(
                new Violation("userId", "thomas.anderson", UUID_RULE));
        assertThat(violations(() -> users.delete(null))).containsExactly(new Violation("userId", null, "required"));
        assertThat(violations(() -> users.checkVoice("../../admins"))).extracting(Violation::field).containsExactly("userId");
    }

    @Test
    void anUpdateListsEveryViolationAtOnce() {
        assertThat(violations(() -> new UserUpdate(Optional.of(" "), Optional.of("Netherlands"),
                FieldUpdate.set("0612345678"), FieldUpdate.set(List.of(GROUP_A, "Sales")), FieldUpdate.unchanged(),
                FieldUpdate.set(List.of("E3")), Optional.empty()))).containsExactly(
                new Violation("displayName", " ", "required"),
                new Violation("location", "Netherlands", COUNTRY_RULE),
                new Violation("phoneNumber", "0612345678", E164_RULE),
                new Violation("groups[1]", "Sales", UUID_RULE),
                new Violation("licenses[0]", "E3", UUID_RULE));
        UserUpdate valid = UserUpdate.builder().displayName("Jo").build();
        assertThat(violations(() -> users.update("nope", valid))).containsExactly(new Violation("userId", "nope", UUID_RULE));
    }

    @Test
    void anUpdateThatChangesNothingIsRefusedByItsBuilder() {
        assertThat(violations(() -> UserUpdate.builder().build()))
                .containsExactly(new Violation("update", null, "at least one field set or cleared"));
        assertThat(violations(() -> users.update(USER_ID, null))).containsExactly(new Violation("update", null, "required"));
        assertThatThrownBy(() -> UserUpdate.builder().phoneNumber((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void smallWritesCheckTheirValue() {
        assertThat(violations(() -> users.setPhoneNumber(USER_ID, "+0123"))).containsExactly(
                new Violation("phoneNumber", "+0123", E164_RULE));
        assertThat(violations(() -> users.setVoiceRoutingPolicy(USER_ID, ""))).containsExactly(
                new Violation("voiceRoutingPolicy", "", "required"));
        assertThat(violations(() -> users.updateGroups(USER_ID, null))).containsExactly(
                new Violation("groups", null, "required (an empty list removes all)"));
        assertThat(violations(() -> users.assignLicenses(USER_ID, Arrays.asList("x", null)))).containsExactly(
                new Violation("licenses[0]", "x", UUID_RULE), new Violation("licenses[1]", null, "required"));
        assertThat(violations(() -> users.applyTemplate(USER_ID, -1))).containsExactly(
                new Violation("templateId", "-1", "zero or positive"));
        assertThat(violations(() -> client.msTeams(SUBSCRIPTION).bulkJobs().get(-5))).containsExactly(
                new Violation("bulkId", "-5", "zero or positive"));
    }

    @Test
    void aNewUserNeedsEveryFieldAndAValidUpn() {
        assertThat(violations(() -> NewUser.builder().domain("contoso").username("a b").location("nl").build())).containsExactly(
                new Violation("displayName", null, "required"),
                new Violation("location", "nl", COUNTRY_RULE),
                new Violation("domain", "contoso", "fully qualified domain name, e.g. sbc1.example.com"),
                new Violation("username@domain", "a b@contoso", "user principal name: user@domain"));
        assertThat(violations(() -> users.create(null))).containsExactly(new Violation("user", null, "required"));
    }

    @Test
    void propertiesNeedSomethingToChange() {
        assertThat(violations(() -> UserPropertiesUpdate.builder().build())).containsExactly(
                new Violation("properties", null, "displayName or location set"));
        assertThat(violations(() -> new UserPropertiesUpdate(Optional.of(" "), Optional.of("Belgium")))).containsExactly(
                new Violation("displayName", " ", "required"),
                new Violation("location", "Belgium", COUNTRY_RULE));
        assertThat(violations(() -> users.updateProperties(USER_ID, null))).containsExactly(
                new Violation("update", null, "required"));
    }

    @Test
    void aQueryChecksPageSizeLocationsGroupAndVoiceValue() {
        assertThat(violations(() -> UserQuery.builder().pageSize(0).locations("BE", "uk").group("sales")
                .voiceEnabled(VoiceEnabled.of("perhaps")).build())).containsExactly(
                new Violation("pageSize", "0", "between 1 and 999"),
                new Violation("group", "sales", UUID_RULE),
                new Violation("locations[1]", "uk", COUNTRY_RULE),
                new Violation("voiceEnabled", "perhaps", "one of [yes, no, maybe]"));
        assertThat(violations(() -> UserQuery.builder().pageSize(1000).build())).containsExactly(
                new Violation("pageSize", "1000", "between 1 and 999"));
        assertThat(UserQuery.builder().pageSize(999).build().pageSize()).isEqualTo(999);
    }

    @Test
    void asyncTwinsFailTheirFutureInsteadOfThrowing() {
        assertThatThrownBy(() -> usersAsync.get("x").get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> usersAsync.setPhoneNumber(USER_ID, "123").get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> usersAsync.applyTemplate(USER_ID, -1, TemplateMode.OVERRIDE).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
    }
}
