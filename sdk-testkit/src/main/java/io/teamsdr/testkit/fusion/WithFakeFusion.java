package io.teamsdr.testkit.fusion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link FakeFusionServer}: one server for the class, reset before
 * each test, and a ready {@link io.teamsdr.fusion.FusionClient} (admin token) pointed at it, a new
 * one for every test. The server, the client and the default subscription's
 * {@link io.teamsdr.fusion.MsTeams} are injected into constructors, lifecycle and test methods that
 * ask for them; the request journal is printed when a test fails. Same options and defaults as
 * {@code @WithFakeVsxi}.
 *
 * <pre>{@code
 * @WithFakeFusion
 * class ProvisioningTest {
 *     @Test
 *     void enablesVoice(MsTeams teams, FakeFusionServer fusion) { ... }
 * }
 * }</pre>
 *
 * For custom seeds, tokens, a clock or client options use {@link FakeFusionExtension#builder()}
 * with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeFusionExtension.class)
public @interface WithFakeFusion {

    /**
     * Whether the server starts with the {@link FusionDemo demo data}; otherwise with
     * {@link FusionSeed#empty()}.
     *
     * @return true (the default) for the demo data
     */
    boolean demoData() default true;

    /**
     * Whether a test fails when it sent a request no route matched (a wrong path or method).
     *
     * @return true (the default) to fail such tests
     */
    boolean failOnUnmatchedRequests() default true;
}
