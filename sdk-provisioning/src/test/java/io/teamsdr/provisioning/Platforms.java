package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.fusion.VoiceCapability;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Both fakes with a small customer, the clients a provisioner uses, and the desired state the tests
 * start from. Fusion: five MS Teams users (alice, bob, carol without a number, dave an unlisted voice
 * user, erin without any license), two free Teams Phone seats, a pool of 20 numbers, two policies, two
 * groups. The SBC: one other customer's tenant (1001) with one SIP user, no tenant 1004 yet.
 */
final class Platforms implements AutoCloseable {
    static final String DOMAIN = "contoso.example";
    static final String ALICE = "alice@" + DOMAIN;
    static final String BOB = "bob@" + DOMAIN;
    static final String CAROL = "carol@" + DOMAIN;
    static final String DAVE = "dave@" + DOMAIN;
    static final String ERIN = "erin@" + DOMAIN;
    static final String QUEUE = "queue@" + DOMAIN;
    static final String ALICE_NUMBER = "+3225405201";
    static final String BOB_NUMBER = "+3225405202";
    static final String CAROL_NUMBER = "+3225405203";
    static final String DAVE_NUMBER = "+3225405210";
    static final String QUEUE_NUMBER = "+3225405219";
    static final String TENANT = "1004";
    static final String MCOEV_SKU = "e43b5b99-8dfb-405f-9987-dc307f34bcbd";
    static final String E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    static final String RESOURCE_ACCOUNT_SKU = "440eaaa8-b3e0-484b-a8be-62870b9ba70a";

    final FakeFusionServer fusionFake;
    final FakeVsxiServer vsxiFake;
    final FusionClient fusion;
    final VsxiTeamsClient vsxi;
    /** Every SIP password handed out, so that tests can look for them where they must not be. */
    final Map<String, String> passwordsGiven = new ConcurrentHashMap<>();

    Platforms() {
        fusionFake = FakeFusionServer.builder().seed(fusionSeed()).resourceAccountSettling(Duration.ZERO, 1).start();
        vsxiFake = FakeVsxiServer.builder().seed(s -> s.pbx("12345", "12346").servicePort("1", "2")
                .tenant("1001", t -> t.name("Other_Customer").microsoftFqdn("ms1.other.example").localIp("198.51.100.7")
                        .did("+18580001111").pbxId("12345").spId("1"))
                .user("1001", "2000_T", "password1001", "+15551001000")).start();
        fusion = FusionClient.builder().endpoint(fusionFake.baseUrl())
                .credentials(FusionCredentials.token(fusionFake.adminToken()))
                .sleeper(pause -> { })
                .build();
        vsxi = VsxiTeamsClient.builder().endpoint(vsxiFake.baseUrl())
                .credentials(vsxiFake.username(), vsxiFake::password).build();
    }

    static FusionSeed fusionSeed() {
        return FusionSeed.builder(18).subscription(FusionSeed.DEFAULT_DRAAS_INSTANCE, FusionSeed.DEFAULT_SUBSCRIPTION_ID,
                s -> s.verifiedDomains(DOMAIN)
                        .license(E3_SKU, "SPE_E3", "Microsoft 365 E3", 50, VoiceCapability.NO)
                        .licenseWithFree(MCOEV_SKU, "MCOEV", "Microsoft Teams Phone Standard", 2, VoiceCapability.YES)
                        .license(RESOURCE_ACCOUNT_SKU, "PHONESYSTEM_VIRTUALUSER", "Teams Phone Resource Account", 5,
                                VoiceCapability.YES)
                        .vrp("Global").vrp("Belgium-National")
                        .group("Benelux", "Benelux offices", true)
                        .group("Sales", "Sales team", true)
                        .numbers("+3225405200", 20)
                        .user("Alice Martin", u -> u.upn(ALICE).location("BE").licenses("SPE_E3"))
                        .user("Bob Peeters", u -> u.upn(BOB).location("BE").licenses("SPE_E3"))
                        .user("Carol Janssens", u -> u.upn(CAROL).location("BE").licenses("SPE_E3"))
                        .user("Dave Wouters", u -> u.upn(DAVE).location("BE").licenses("SPE_E3", "MCOEV")
                                .number(DAVE_NUMBER).vrp("Global"))
                        .user("Erin Claes", u -> u.upn(ERIN).location("BE")))
                .build();
    }

    MsTeams teams() {
        return fusion.msTeams(Subscription.of(fusionFake.draasInstance(), fusionFake.tenantUuid(),
                fusionFake.subscriptionId()));
    }

    FusionSubscription subscription() {
        return FusionSubscription.of(fusionFake.draasInstance(), fusionFake.tenantUuid(), fusionFake.subscriptionId());
    }

    static SbcTenant tenant() {
        return SbcTenant.builder().tenantId(TENANT).tenantName("Contoso").microsoftFqdn("dr.contoso.example")
                .localIp("192.0.2.40").did("+3225405299").pbxId("12346").spId("2").build();
    }

    /** Alice and Bob as voice users, a call queue; unlisted users kept. */
    DesiredState.Builder desired() {
        return DesiredState.builder()
                .subscription(subscription())
                .sbcTenant(tenant())
                .user(VoiceUser.builder(ALICE, ALICE_NUMBER).vrp("Belgium-National").licenses("MCOEV")
                        .groups("Benelux").location("BE").build())
                .user(VoiceUser.builder(BOB, BOB_NUMBER).vrp("Global").licenses("MCOEV").groups("Sales").build())
                .resourceAccount(ResourceAccountSpec.of(QUEUE, ResourceAccountKind.CALL_QUEUE, "Support Queue", "BE",
                        QUEUE_NUMBER));
    }

    Provisioner provisioner() {
        return Provisioner.builder().fusion(fusion).vsxi(vsxi)
                .sipPasswords(account -> passwordsGiven.computeIfAbsent(account.sipUser(),
                        sip -> "S3cret-" + sip.hashCode() + "-pw"))
                .resourceAccountWait(Duration.ofMinutes(1), Duration.ofSeconds(1))
                .build();
    }

    void reset() {
        fusionFake.reset();
        vsxiFake.reset();
        fusionFake.faults().clear();
        vsxiFake.faults().clear();
        passwordsGiven.clear();
    }

    @Override
    public void close() {
        fusion.close();
        vsxi.close();
        fusionFake.close();
        vsxiFake.close();
    }
}
