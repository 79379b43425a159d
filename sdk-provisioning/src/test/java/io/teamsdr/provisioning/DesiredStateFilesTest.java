package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesiredStateFilesTest {
    private static final String HEADER = """
            fusion:
              draasInstance: draas_v1
              tenantUuid: 27b418d0-b197-483d-a0b8-da90407a92c4
              subscriptionId: 42
            sbc:
              tenantId: 1004
              tenantName: Contoso
              microsoftFqdn: dr.contoso.example
              localIp: 192.0.2.40
              did: +3225405299
              pbxId: 12346
              spId: 2
            """;

    @TempDir
    Path dir;

    @Test
    void readsEverySectionKeepingNumbersAsWritten() throws IOException {
        Path file = write("contoso.yaml", HEADER + """
                unlistedUsers: release-numbers
                users:
                  - upn: alice@contoso.example
                    number: +3225405201
                    vrp: Belgium-National
                    licenses: [MCOEV]
                    groups: [Benelux, Sales]
                    location: BE
                  - {upn: bob@contoso.example, number: "+3225405202", licenses: MCOEV}
                resourceAccounts:
                  - upn: queue@contoso.example
                    type: call-queue
                    displayName: Support Queue
                    location: BE
                    number: +3225405219
                """);

        DesiredState state = DesiredStateFiles.readYaml(file);

        assertThat(state.subscription()).isEqualTo(FusionSubscription.of("draas_v1", "27b418d0-b197-483d-a0b8-da90407a92c4", 42));
        assertThat(state.sbcTenant()).isEqualTo(new SbcTenant("1004", "Contoso", "dr.contoso.example", "192.0.2.40",
                "+3225405299", "12346", "2"));
        assertThat(state.unlistedUsers()).isEqualTo(UnlistedUsers.RELEASE_NUMBERS);
        assertThat(state.users()).containsExactly(
                new VoiceUser("alice@contoso.example", "+3225405201", Optional.of("Belgium-National"), List.of("MCOEV"),
                        List.of("Benelux", "Sales"), Optional.of("BE")),
                VoiceUser.builder("bob@contoso.example", "+3225405202").licenses("MCOEV").build());
        assertThat(state.resourceAccounts()).containsExactly(ResourceAccountSpec.of("queue@contoso.example",
                ResourceAccountKind.CALL_QUEUE, "Support Queue", "BE", "+3225405219"));
        assertThat(state.source()).hasValue(file.toString());
        assertThat(state.user("ALICE@contoso.example")).isPresent();
    }

    @Test
    void readsUsersFromACsvNextToTheYaml() throws IOException {
        write("users.csv", """
                number,upn,licenses,groups,vrp,location
                +3225405201,alice@contoso.example,MCOEV;SPE_E3,Benelux,Global,BE
                "+3225405202","bob@contoso.example",,,,
                """);
        Path file = write("contoso.yaml", HEADER + "usersCsv: users.csv\n");

        DesiredState state = DesiredStateFiles.readYaml(file);

        assertThat(state.users()).containsExactly(
                VoiceUser.builder("alice@contoso.example", "+3225405201").licenses("MCOEV", "SPE_E3").groups("Benelux")
                        .vrp("Global").location("BE").build(),
                VoiceUser.builder("bob@contoso.example", "+3225405202").build());
        assertThat(state.unlistedUsers()).isEqualTo(UnlistedUsers.KEEP);
    }

    @Test
    void badValuesAreReportedWithFileLineAndField() throws IOException {
        Path file = write("bad.yaml", HEADER.replace("pbxId: 12346", "pbxId: \"12 346\"") + """
                unlistedUsers: sometimes
                users:
                  - upn: alice@contoso.example
                    number: 0032 2 540 52 01
                  - upn: alice@contoso.example
                    number: +3225405202
                    locaton: BE
                  - upn: not-an-upn
                    number: +3225405202
                """);

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file))
                .isInstanceOfSatisfying(DesiredStateException.class, invalid -> {
                    assertThat(invalid.problems()).extracting(StateProblem::line, StateProblem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(11), "sbc.pbxId"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(13), "unlistedUsers"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(16), "users[0].number"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(17), "users[1].upn"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(19), "users[1].locaton"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(20), "users[2].upn"),
                            org.assertj.core.groups.Tuple.tuple(OptionalInt.of(21), "users[2].number"));
                    assertThat(invalid.problems()).allSatisfy(problem -> assertThat(problem.source()).hasValue(file.toString()));
                    assertThat(invalid.problems().get(2).toString()).isEqualTo(file + ":16: users[0].number = "
                            + "'0032 2 540 52 01': E.164 number: '+' then 2 to 15 digits, the first not 0");
                    assertThat(invalid.problems().get(3).reason()).contains("already given to users[0]");
                    assertThat(invalid.problems().get(4).reason()).startsWith("unknown field");
                    assertThat(invalid.problems().get(6).reason()).contains("already given to users[1]");
                    assertThat(invalid).hasMessageContaining(file + ":16: users[0].number");
                });
    }

    @Test
    void missingSectionsAndFieldsAreReported() throws IOException {
        Path file = write("missing.yaml", """
                sbc:
                  tenantId: 1004
                  tenantName: Contoso
                users:
                  - number: +3225405201
                resourceAccounts:
                  - upn: queue@contoso.example
                    type: ivr
                """);

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file))
                .isInstanceOfSatisfying(DesiredStateException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.line().orElse(0) + " " + problem.field() + ": " + problem.reason())
                        .contains("0 fusion: the Fusion subscription is required",
                                "1 sbc.microsoftFqdn: required", "1 sbc.pbxId: required",
                                "5 users[0].upn: required",
                                "8 resourceAccounts[0].type: call-queue or auto-attendant"));
    }

    @Test
    void badCsvRowsAreReportedWithTheirLine() throws IOException {
        write("users.csv", """
                upn,number,license
                alice@contoso.example,+3225405201,MCOEV
                """);
        Path file = write("contoso.yaml", HEADER + "usersCsv: users.csv\n");

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file)).isInstanceOfSatisfying(DesiredStateException.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.source()).hasValue("users.csv");
                    assertThat(problem.line()).hasValue(1);
                    assertThat(problem.value()).isEqualTo("license");
                    assertThat(problem.reason()).startsWith("unknown column");
                }));

        write("users.csv", """
                upn,number
                alice@contoso.example,+3225405201

                bob@contoso.example,3225405202
                carol@contoso.example
                """);

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file)).isInstanceOfSatisfying(DesiredStateException.class,
                invalid -> assertThat(invalid.problems()).extracting(StateProblem::toString).containsExactly(
                        "users.csv:4: users[1].number = '3225405202': E.164 number: '+' then 2 to 15 digits, the first not 0",
                        "users.csv:5: users[2] = (missing): 1 cells where the header has 2",
                        "users.csv:5: users[2].number = (missing): required"));
    }

    @Test
    void malformedYamlNamesItsLine() throws IOException {
        Path file = write("broken.yaml", HEADER + "users:\n  - upn: [unclosed\n");

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file)).isInstanceOfSatisfying(DesiredStateException.class,
                invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isPresent();
                    assertThat(problem.reason()).startsWith("not valid YAML");
                }));
    }

    @Test
    void bothInlineUsersAndACsvAreRefused() throws IOException {
        write("users.csv", "upn,number\n");
        Path file = write("both.yaml", HEADER + "usersCsv: users.csv\nusers: []\nextra: 1\n");

        assertThatThrownBy(() -> DesiredStateFiles.readYaml(file)).isInstanceOfSatisfying(DesiredStateException.class,
                invalid -> assertThat(invalid.problems()).extracting(StateProblem::field, StateProblem::reason).contains(
                        org.assertj.core.groups.Tuple.tuple("usersCsv", "give the users either in users or in usersCsv, not both"),
                        org.assertj.core.groups.Tuple.tuple("extra", "unknown section; expected one of fusion, resourceAccounts, sbc, "
                                + "unlistedUsers, users, usersCsv")));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
