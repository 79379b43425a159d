package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedTest {

    private static FusionSeed small(long seed) {
        return FusionSeed.builder(seed)
                .subscription("draas_v2", 9, s -> s
                        .verifiedDomains("fabrikam.onmicrosoft.com")
                        .license("e43b5b99-8dfb-405f-9987-dc307f34bcbd", "MCOEV", "Teams Phone", 2,
                                VoiceCapability.YES)
                        .vrp("Global")
                        .numbers("+3225400000", 3)
                        .group("Sales", "Sales team", true)
                        .user("Ann Example", u -> u.location("BE").licenses("MCOEV").groups("Sales")
                                .number("+3225400000").vrp("Global"))
                        .user("Bob Example", u -> u.upn("bob").location("NL")))
                .account("ops", "ops-password", Set.of(FusionRoles.STATUS_READ))
                .build();
    }

    @Test
    void sameSeedSameIdentifiers() {
        FusionSeed a = small(11);
        FusionSeed b = small(11);
        FusionSeed c = small(12);
        assertThat(a.tenantUuid()).isEqualTo(b.tenantUuid()).isNotEqualTo(c.tenantUuid());
        assertThat(a.adminToken()).isEqualTo(b.adminToken()).isNotEqualTo(c.adminToken());
        try (FakeFusionServer sa = FakeFusionServer.builder().seed(a).start();
                FakeFusionServer sb = FakeFusionServer.builder().seed(b).start()) {
            assertThat(sa.userIdByUpn("ann.example@fabrikam.onmicrosoft.com"))
                    .isEqualTo(sb.userIdByUpn("ann.example@fabrikam.onmicrosoft.com")).isPresent();
            assertThat(sa.userIdByUpn("bob@fabrikam.onmicrosoft.com")).isPresent();
            assertThat(sa.freeLicenses("MCOEV")).isEqualTo(1);
            assertThat(sa.subscriptionPath()).endsWith("/draas/draas_v2/tenants/" + a.tenantUuid()
                    + "/subscriptions/9");
            FusionHttp h = new FusionHttp(sa);
            assertThat(h.get("/msteams/users").at("/users").size()).isEqualTo(2);
            assertThat(h.as(null).send("POST", "/api/v01/auth/login",
                    "{\"username\":\"ops\",\"password\":\"ops-password\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void seedsObeyTheApiRules() {
        assertThatThrownBy(() -> FusionSeed.builder(1).subscription("d", 1, s -> s.verifiedDomains("x.example")
                .numbers("+3225400000", 1).user("A", u -> u.number("+3225400000"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voice");
        assertThatThrownBy(() -> FusionSeed.builder(1).subscription("d", 1, s -> s.verifiedDomains("x.example")
                .license("s", "P", "P", 1, VoiceCapability.NO)
                .user("A", u -> u.licenses("P")).user("B", u -> u.licenses("P"))).build())
                .hasMessageContaining("No free license");
        assertThatThrownBy(() -> FusionSeed.builder(1).subscription("d", 1, s -> s.verifiedDomains("x.example")
                .user("A", u -> u.groups("Nope"))).build())
                .hasMessageContaining("Group not found");
        assertThatThrownBy(() -> FusionSeed.builder(1).subscription("d", 1, s -> s.verifiedDomains("x.example")
                .user("A", u -> u.location("UK"))).build())
                .hasMessageContaining("GB");
        String id = "8f3d2a1e-0000-4000-8000-000000000001";
        assertThatThrownBy(() -> FusionSeed.builder(1).subscription("d", 1, s -> s.verifiedDomains("x.example")
                .user("A", u -> u.id(id)).user("B", u -> u.id(id))).build())
                .hasMessageContaining("duplicate user id " + id);
    }

    @Test
    void demoFacts() {
        try (FakeFusionServer demo = FakeFusionServer.builder().start()) {
            assertThat(demo.draasInstance()).isEqualTo(FusionDemo.DRAAS_INSTANCE);
            assertThat(demo.subscriptionId()).isEqualTo(FusionDemo.SUBSCRIPTION_ID);
            assertThat(demo.userCount()).isEqualTo(FusionDemo.USER_COUNT);
            assertThat(demo.freeLicenses("MCOEV")).isEqualTo(FusionDemo.MCOEV_FREE);
            assertThat(demo.freeLicenses("SPE_E5")).isEqualTo(1);
            for (String upn : FusionDemo.ROLLOUT_UPNS) {
                assertThat(demo.userIdByUpn(upn)).as(upn).isPresent();
            }
            for (String number : FusionDemo.ROLLOUT_NUMBERS) {
                assertThat(demo.numberHolder(number)).as(number).isEmpty();
            }
            assertThat(demo.numberHolder(FusionDemo.THOMAS_NUMBER)).isEqualTo(demo.userIdByUpn(FusionDemo.THOMAS_UPN));
            assertThat(demo.tenantUuid()).isEqualTo(FusionSeed.demo().tenantUuid());
        }
    }
}
