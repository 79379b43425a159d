package io.teamsdr.vsxi.testing;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Stubs a sequence of responses for one request pattern with a WireMock scenario; the last repeats. */
public final class Sequence {
    private static final AtomicInteger SCENARIOS = new AtomicInteger();

    private Sequence() {
    }

    public static void respond(WireMockExtension server, Supplier<MappingBuilder> request,
                               ResponseDefinitionBuilder... responses) {
        String scenario = "sequence-" + SCENARIOS.incrementAndGet();
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step" + i);
            if (i < responses.length - 1) {
                mapping = mapping.willSetStateTo("step" + (i + 1));
            }
            server.stubFor(mapping.willReturn(responses[i]));
        }
    }
}
