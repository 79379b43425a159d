package io.teamsdr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.micrometer.MicrometerCallListener;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.vsxi.VsxiTeamsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conditions of the auto-configuration, with real calls to the testkit's fakes where a bean is made. */
class TeamsdrAutoConfigurationTest {
    private static FakeFusionServer fusionServer;
    private static FakeVsxiServer vsxiServer;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TeamsdrFusionAutoConfiguration.class,
                    TeamsdrVsxiAutoConfiguration.class, TeamsdrObservationAutoConfiguration.class,
                    TeamsdrHealthAutoConfiguration.class, TeamsdrSanitizingAutoConfiguration.class));

    @BeforeAll
    static void startFakes() {
        fusionServer = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
        vsxiServer = FakeVsxiServer.builder().demoData().start();
    }

    @AfterAll
    static void stopFakes() {
        fusionServer.close();
        vsxiServer.close();
    }

    @BeforeEach
    void resetFakes() {
        fusionServer.reset();
        vsxiServer.reset();
    }

    private ApplicationContextRunner bothPlatforms() {
        return runner.withPropertyValues(
                "teamsdr.fusion.endpoint=" + fusionServer.baseUrl(),
                "teamsdr.fusion.token=" + fusionServer.adminToken(),
                "teamsdr.vsxi.endpoint=" + vsxiServer.baseUrl(),
                "teamsdr.vsxi.username=" + vsxiServer.username(),
                "teamsdr.vsxi.password=" + vsxiServer.password());
    }

    @Test
    void propertiesGiveTwoWorkingClientsAndAHealthContributor() {
        bothPlatforms().run(context -> {
            assertThat(context).hasSingleBean(FusionClient.class).hasSingleBean(VsxiTeamsClient.class)
                    .hasBean("teamsdrHealthContributor").hasSingleBean(io.teamsdr.spring.boot.health.PlatformProbes.class);
            assertThat(context.getBean(io.teamsdr.spring.boot.health.PlatformProbes.class).byPlatform())
                    .containsOnlyKeys("fusion", "vsxi");
            assertThat(context.getBean(FusionClient.class).msTeams(subscription()).status().get().status())
                    .isNotNull();
            assertThat(context.getBean(VsxiTeamsClient.class).sbcTenants().list()).isNotEmpty();
        });
    }

    @Test
    void withoutAnEndpointNoClientIsCreated() {
        runner.withPropertyValues("teamsdr.fusion.token=abc", "teamsdr.vsxi.username=api", "teamsdr.vsxi.password=x")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(FusionClient.class)
                        .doesNotHaveBean(VsxiTeamsClient.class)
                        .doesNotHaveBean("teamsdrHealthContributor"));
    }

    @Test
    void aDisabledPlatformGetsNoClientEvenWithAnEndpoint() {
        bothPlatforms().withPropertyValues("teamsdr.vsxi.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(FusionClient.class)
                        .doesNotHaveBean(VsxiTeamsClient.class));
    }

    @Test
    void theApplicationsOwnClientBeanWins() {
        bothPlatforms().withUserConfiguration(OwnFusionClient.class).run(context -> {
            assertThat(context).hasSingleBean(FusionClient.class);
            assertThat(context.getBean(FusionClient.class)).isSameAs(context.getBean("ownFusionClient"));
        });
    }

    @Test
    void aCredentialsBeanIsUsedForFusion() {
        runner.withPropertyValues("teamsdr.fusion.endpoint=" + fusionServer.baseUrl())
                .withBean(FusionCredentials.class, () -> FusionCredentials.token(fusionServer.adminToken()))
                .run(context -> assertThat(context.getBean(FusionClient.class).msTeams(subscription()).status().get())
                        .isNotNull());
    }

    @Test
    void loginCredentialsFromPropertiesLogIn() {
        runner.withPropertyValues("teamsdr.fusion.endpoint=" + fusionServer.baseUrl(),
                        "teamsdr.fusion.username=" + FusionDemo.ADMIN_USERNAME,
                        "teamsdr.fusion.password=" + FusionDemo.ADMIN_PASSWORD)
                .run(context -> {
                    assertThat(context.getBean(FusionClient.class).msTeams(subscription()).status().get()).isNotNull();
                    assertThat(fusionServer.journal().requests("POST", "/api/v01/auth/login")).hasSize(1);
                });
    }

    @Test
    void aWrongTokenReachesTheServerAndIsRefused() {
        runner.withPropertyValues("teamsdr.fusion.endpoint=" + fusionServer.baseUrl(), "teamsdr.fusion.token=not-a-token")
                .run(context -> assertThatThrownBy(
                        () -> context.getBean(FusionClient.class).msTeams(subscription()).status().get())
                        .isInstanceOf(UnauthorizedException.class));
    }

    @Test
    void credentialsGivenTwiceFailTheStartNamingBothKeys() {
        bothPlatforms().withPropertyValues("teamsdr.fusion.username=api", "teamsdr.fusion.password=secret")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("teamsdr.fusion.token")
                        .hasMessageContaining("teamsdr.fusion.username"));
        runner.withPropertyValues("teamsdr.vsxi.endpoint=" + vsxiServer.baseUrl(), "teamsdr.vsxi.username=api")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("teamsdr.vsxi.password"));
    }

    @Test
    void customizersRunAfterTheProperties() {
        bothPlatforms().withUserConfiguration(UserAgentCustomizers.class).run(context -> {
            context.getBean(FusionClient.class).msTeams(subscription()).status().get();
            context.getBean(VsxiTeamsClient.class).sbcTenants().list();
            assertThat(fusionServer.journal().last().orElseThrow().header("User-Agent")).hasValueSatisfying(
                    agent -> assertThat(agent).endsWith("portal/2.1"));
            assertThat(vsxiServer.journal().last().orElseThrow().header("User-Agent")).hasValueSatisfying(
                    agent -> assertThat(agent).endsWith("portal/2.1"));
        });
    }

    @Test
    void retryPropertiesReachTheClient() {
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/status").always().respond(503, "{}");
        bothPlatforms().withPropertyValues("teamsdr.fusion.retry.max-attempts=2", "teamsdr.fusion.retry.initial-backoff=1ms",
                        "teamsdr.fusion.retry.max-backoff=1ms")
                .run(context -> {
                    assertThatThrownBy(() -> context.getBean(FusionClient.class).msTeams(subscription()).status().get())
                            .hasMessageContaining("503");
                    assertThat(fusionServer.journal().requests("GET", fusionServer.subscriptionPath() + "/msteams/status"))
                            .hasSize(2);
                });
    }

    @Test
    void theClientsAreClosedWithTheContext() {
        // A call on a closed client does not fail fast on every JDK yet, so the test checks what Spring will call.
        bothPlatforms().run(context -> {
            assertThat(context.getBeanFactory().getBeanDefinition("fusionClient").getDestroyMethodName())
                    .isEqualTo("close");
            assertThat(context.getBeanFactory().getBeanDefinition("vsxiTeamsClient").getDestroyMethodName())
                    .isEqualTo("close");
        });
    }

    @Test
    void withAnObservationRegistryBothClientsGetTheMicrometerListener() {
        bothPlatforms().withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasBean("teamsdrFusionObservations").hasBean("teamsdrVsxiObservations");
                    // The gauges exist as soon as the listeners are built, before any call.
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get("teamsdr.client.in.flight").tags("client", "fusion").gauge().value()).isZero();
                    assertThat(meters.get("teamsdr.client.in.flight").tags("client", "vsxi").gauge().value()).isZero();
                });
    }

    @Test
    void withoutAnObservationRegistryOrWithObservationsOffThereIsNoListener() {
        bothPlatforms().run(context -> assertThat(context).doesNotHaveBean("teamsdrFusionObservations"));
        bothPlatforms().withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withPropertyValues("teamsdr.observations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("teamsdrFusionObservations"));
    }

    @Test
    void withoutMicrometerOnTheClassPathTheClientsStillWork() {
        bothPlatforms().withClassLoader(new FilteredClassLoader(MicrometerCallListener.class, ObservationRegistry.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean("teamsdrFusionObservations").hasSingleBean(FusionClient.class);
                    assertThat(context.getBean(VsxiTeamsClient.class).sbcTenants().list()).isNotEmpty();
                });
    }

    @Test
    void withoutTheActuatorThereIsNoHealthContributorAndTheClientsStillWork() {
        bothPlatforms().withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(FusionClient.class)
                        .doesNotHaveBean("teamsdrHealthContributor")
                        .doesNotHaveBean("teamsdrSecretsSanitizingFunction"));
    }

    @Test
    void healthCanBeTurnedOffForAllPlatforms() {
        bothPlatforms().withPropertyValues("management.health.teamsdr.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("teamsdrHealthContributor"));
        bothPlatforms().withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("teamsdrHealthContributor"));
    }

    @Test
    void aConnectionToAClosedPortFailsAsATransportError() {
        runner.withPropertyValues("teamsdr.vsxi.endpoint=http://127.0.0.1:1", "teamsdr.vsxi.username=api",
                        "teamsdr.vsxi.password=x", "teamsdr.vsxi.retry.enabled=false")
                .run(context -> assertThatThrownBy(() -> context.getBean(VsxiTeamsClient.class).sbcTenants().list())
                        .isInstanceOf(TransportException.class));
    }

    private static Subscription subscription() {
        return Subscription.of(fusionServer.draasInstance(), fusionServer.tenantUuid(), fusionServer.subscriptionId());
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFusionClient {
        @Bean
        FusionClient ownFusionClient() {
            return FusionClient.builder().endpoint(fusionServer.baseUrl())
                    .credentials(FusionCredentials.token(fusionServer.readOnlyToken())).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserAgentCustomizers {
        @Bean
        FusionClientBuilderCustomizer fusionAgent() {
            return builder -> builder.userAgentSuffix("portal/2.1");
        }

        @Bean
        VsxiTeamsClientBuilderCustomizer vsxiAgent() {
            return builder -> builder.userAgentSuffix("portal/2.1");
        }
    }
}
