package io.teamsdr.testkit.vsxi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link FakeVsxiServer}: one server for the class, reset before
 * each test, and a ready {@link io.teamsdr.vsxi.VsxiTeamsClient} pointed at it, a new one for
 * every test. Both are injected into constructors, lifecycle and test methods that ask for them;
 * the request journal is printed when a test fails. Same options and defaults as
 * {@code @WithFakeFusion}.
 *
 * <pre>{@code
 * @WithFakeVsxi
 * class OnboardingTest {
 *     @Test
 *     void onboards(VsxiTeamsClient vsxi, FakeVsxiServer server) { ... }
 * }
 * }</pre>
 *
 * For seeds, credentials or client options use {@link FakeVsxiExtension#builder()} with
 * {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeVsxiExtension.class)
public @interface WithFakeVsxi {

    /**
     * Whether the server starts with the {@link VsxiDemoData demo data}; without it the server
     * is empty (no PBXs, service ports, tenants, users or sessions).
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
