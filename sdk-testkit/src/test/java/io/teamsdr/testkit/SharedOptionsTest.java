package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.fusion.WithFakeFusion;
import io.teamsdr.testkit.vsxi.FakeVsxiExtension;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiDemoData;
import io.teamsdr.testkit.vsxi.WithFakeVsxi;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both fakes and both extensions take one set of options, named the same, with the same defaults. */
class SharedOptionsTest {

    @Test
    void bothServersStartWithTheDemoDataByDefault() {
        try (FakeFusionServer fusion = FakeFusionServer.builder().start();
                FakeVsxiServer vsxi = FakeVsxiServer.builder().start()) {
            assertThat(fusion.userCount()).isEqualTo(FusionDemo.USER_COUNT);
            assertThat(vsxi.tenantIds()).containsExactlyElementsOf(VsxiDemoData.TENANT_IDS);
            assertThat(vsxi.sessions()).hasSize(1);
        }
    }

    @Test
    void emptyDataMeansNothingInEither() {
        try (FakeFusionServer fusion = FakeFusionServer.builder().emptyData().start();
                FakeVsxiServer vsxi = FakeVsxiServer.builder().emptyData().start()) {
            assertThat(fusion.userCount()).isZero();
            assertThat(fusion.freeNumbers()).isEmpty();
            assertThat(vsxi.tenantIds()).isEmpty();
            assertThat(vsxi.pbxIds()).isEmpty();
            assertThat(vsxi.sessions()).isEmpty();
        }
    }

    @Test
    void aSeedReplacesTheDemoDataUnlessTheDemoIsAskedFor() {
        FusionSeed one = FusionSeed.builder(3).subscription("draas_v1", 42, s -> s.verifiedDomains("one.example")
                .user("Only One", u -> u.location("BE"))).build();
        try (FakeFusionServer fusion = FakeFusionServer.builder().seed(one).start();
                FakeVsxiServer vsxi = FakeVsxiServer.builder().seed(s -> s.pbx("9")).start();
                FakeVsxiServer both = FakeVsxiServer.builder().demoData().seed(s -> s.pbx("9")).start()) {
            assertThat(fusion.userCount()).isEqualTo(1);
            assertThat(vsxi.pbxIds()).containsExactly("9");
            assertThat(vsxi.tenantIds()).isEmpty();
            assertThat(both.pbxIds()).containsAll(VsxiDemoData.PBX_IDS).contains("9");
            assertThat(both.tenantIds()).containsExactlyElementsOf(VsxiDemoData.TENANT_IDS);
        }
    }

    @Test
    void serverBuildersNameTheirCommonOptionsAlike() {
        Set<String> common = Set.of("demoData", "emptyData", "seed", "host", "port", "clock", "start");
        assertThat(publicMethods(FakeFusionServer.Builder.class)).containsAll(common);
        assertThat(publicMethods(FakeVsxiServer.Builder.class)).containsAll(common);
    }

    @Test
    void extensionBuildersAndAnnotationsOfferTheSameOptions() {
        Set<String> fusion = publicMethods(FakeFusionExtension.Builder.class);
        Set<String> vsxi = publicMethods(FakeVsxiExtension.Builder.class);
        assertThat(fusion).containsAll(vsxi);
        assertThat(vsxi).containsAll(Set.of("server", "client", "demoData", "emptyData", "seed",
                "failOnUnmatchedRequests", "build"));
        assertThat(new TreeSet<>(fusion)).as("only the token is Fusion's own")
                .isEqualTo(new TreeSet<>(union(vsxi, "clientToken")));
        assertThat(attributes(WithFakeFusion.class)).isEqualTo(attributes(WithFakeVsxi.class))
                .containsExactly("demoData", "failOnUnmatchedRequests");
        assertThat(defaults(WithFakeFusion.class)).isEqualTo(defaults(WithFakeVsxi.class)).containsOnly(true);
    }

    @Test
    void aClientBuilderPresetForEachFakeServesProgramsOutsideJunit() {
        try (FakeFusionServer fusion = FakeFusionServer.builder().start();
                FakeVsxiServer vsxi = FakeVsxiServer.builder().start();
                FusionClient fusionClient = fusion.clientBuilder().build();
                VsxiTeamsClient vsxiClient = vsxi.clientBuilder().build()) {
            assertThat(fusion.subscription()).isEqualTo(Subscription.of(fusion.draasInstance(), fusion.tenantUuid(),
                    fusion.subscriptionId()));
            assertThat(fusionClient.msTeams(fusion.subscription()).users().get(
                    fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow()).msTeams().displayName())
                    .isEqualTo("Thomas Anderson");
            assertThat(vsxiClient.sbcTenants().list()).hasSize(VsxiDemoData.TENANT_IDS.size());
        }
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> names, String extra) {
        Set<String> all = new TreeSet<>(names);
        all.add(extra);
        return all;
    }

    private static Set<String> attributes(Class<?> annotation) {
        return Arrays.stream(annotation.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Object> defaults(Class<?> annotation) {
        return Arrays.stream(annotation.getDeclaredMethods()).map(Method::getDefaultValue).collect(Collectors.toSet());
    }
}
