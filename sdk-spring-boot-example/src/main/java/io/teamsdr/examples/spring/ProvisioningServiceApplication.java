package io.teamsdr.examples.spring;

import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A provisioning service built on the teamsdr starter: the clients, their health and their metrics come
 * from {@code application.yml}; {@link ProvisioningController} uses the clients. Run it with
 * {@code mvn -q -ntp -pl sdk-spring-boot-example -am package -DskipTests -Prun-example}, then open
 * {@code http://localhost:8080/summary}, {@code /actuator/health} and
 * {@code /actuator/metrics/teamsdr.client.requests}.
 */
@SpringBootApplication
public class ProvisioningServiceApplication {

    /**
     * Starts the service; against the embedded fakes unless {@code FUSION_ENDPOINT} is set.
     *
     * @param args Spring Boot arguments
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ProvisioningServiceApplication.class);
        if (System.getenv("FUSION_ENDPOINT") == null) {
            EmbeddedFakes fakes = EmbeddedFakes.start();
            application.addListeners((ContextClosedEvent closed) -> fakes.close());
        }
        application.run(args);
    }

    /** The testkit's fakes of both platforms, published as the variables application.yml reads. */
    static final class EmbeddedFakes implements AutoCloseable {
        private final FakeFusionServer fusion;
        private final FakeVsxiServer vsxi;

        private EmbeddedFakes(FakeFusionServer fusion, FakeVsxiServer vsxi) {
            this.fusion = fusion;
            this.vsxi = vsxi;
        }

        static EmbeddedFakes start() {
            FakeFusionServer fusion = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
            FakeVsxiServer vsxi = FakeVsxiServer.builder().demoData().start();
            System.setProperty("FUSION_ENDPOINT", fusion.baseUrl().toString());
            System.setProperty("FUSION_TOKEN", fusion.adminToken());
            System.setProperty("FUSION_DRAAS_INSTANCE", fusion.draasInstance());
            System.setProperty("FUSION_TENANT_UUID", fusion.tenantUuid());
            System.setProperty("FUSION_SUBSCRIPTION_ID", Integer.toString(fusion.subscriptionId()));
            System.setProperty("VSXI_ENDPOINT", vsxi.baseUrl().toString());
            System.setProperty("VSXI_USERNAME", vsxi.username());
            System.setProperty("VSXI_PASSWORD", vsxi.password());
            return new EmbeddedFakes(fusion, vsxi);
        }

        @Override
        public void close() {
            fusion.close();
            vsxi.close();
        }
    }
}
