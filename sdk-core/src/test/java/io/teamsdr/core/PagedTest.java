package io.teamsdr.core;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.testing.TestClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Paged} over a real fetcher that calls WireMock through the transport, so every page is a
 * request in the journal: the assertions count exactly what a server would have seen.
 */
class PagedTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String QUERY = "page_size=2&search=Tho";

    /** The server's page shape. */
    public record UserPage(List<String> users, String next) {
    }

    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = TestClient.against(server).build();
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    /** Fetches one page: always the original query, plus the token after the first page. */
    private PageFetcher<String> fetcher(String search) {
        return token -> {
            RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/msteams/users")
                    .query("page_size", 2).query("search", search);
            if (token != null) {
                spec.query("next", token);
            }
            UserPage page = transport.send(spec.build(), ResponseHandler.json(UserPage.class));
            return new PageFetcher.Fetched<>(page.users(), page.next());
        };
    }

    private Paged<String> paged() {
        return Paged.of(QUERY, fetcher("Tho"), transport.executor());
    }

    /** Stubs pages: the first answers a request without token, page n answers token "t{n}". */
    private static void stubPages(String... bodies) {
        for (int i = 0; i < bodies.length; i++) {
            server.stubFor(get(urlPathEqualTo("/msteams/users"))
                    .withQueryParam("next", i == 0 ? absent() : equalTo("t" + (i + 1)))
                    .willReturn(okJson(bodies[i])));
        }
    }

    private static void stubThreePages() {
        stubPages("{\"users\":[\"a\",\"b\"],\"next\":\"t2\"}",
                "{\"users\":[\"c\",\"d\"],\"next\":\"t3\"}",
                "{\"users\":[\"e\"]}");
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo("/msteams/users")));
    }

    private static List<String> tokensSent() {
        return requests().stream().map(r -> r.queryParameter("next").isPresent() ? r.queryParameter("next").firstValue() : "-")
                .collect(Collectors.toList());
    }

    private static <T> List<T> all(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    @Test
    void nothingIsRequestedBeforeIterationStarts() {
        stubThreePages();
        Paged<String> paged = paged();
        paged.iterator();
        paged.stream();
        paged.byPage();
        paged.withPrefetch().iterator();

        assertThat(requests()).isEmpty();
    }

    @Test
    void oneRequestPerPageEachWithTheOriginalQuery() {
        stubThreePages();

        assertThat(all(paged())).containsExactly("a", "b", "c", "d", "e");

        assertThat(tokensSent()).containsExactly("-", "t2", "t3");
        assertThat(requests()).allSatisfy(request -> {
            assertThat(request.queryParameter("page_size").firstValue()).isEqualTo("2");
            assertThat(request.queryParameter("search").firstValue()).isEqualTo("Tho");
        });
    }

    @Test
    void stopsWhenTheTokenIsMissingOrNull() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}", "{\"users\":[\"b\"],\"next\":null}");

        assertThat(all(paged())).containsExactly("a", "b");
        assertThat(requests()).hasSize(2);
    }

    @Test
    void stopsWhenTheTokenIsBlank() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}", "{\"users\":[\"b\"],\"next\":\"  \"}");

        assertThat(all(paged())).containsExactly("a", "b");
        assertThat(requests()).hasSize(2);

        server.resetRequests();
        stubPages("{\"users\":[\"a\"],\"next\":\"\"}");
        assertThat(all(paged())).containsExactly("a");
        assertThat(requests()).hasSize(1);
    }

    @Test
    void goesOnPastAnEmptyPage() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}", "{\"users\":[],\"next\":\"t3\"}", "{\"users\":[\"c\"]}");

        assertThat(all(paged())).containsExactly("a", "c");
        assertThat(all(paged().byPage())).extracting(page -> page.items().size()).containsExactly(1, 0, 1);
    }

    @Test
    void repeatedTokenThrowsInsteadOfLoopingForever() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}", "{\"users\":[\"b\"],\"next\":\"t3\"}", "{\"users\":[\"c\"],\"next\":\"t2\"}");

        Iterator<String> items = paged().iterator();
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> items.forEachRemaining(seen::add))
                .isInstanceOf(PagingException.class)
                .hasMessageContaining("already returned").hasMessageContaining("after page 3");
        assertThat(seen).containsExactly("a", "b");
        assertThat(requests()).hasSize(3);
    }

    @Test
    void neverFetchesAPageNobodyAskedFor() {
        stubThreePages();

        assertThat(paged().stream().findFirst()).contains("a");
        assertThat(requests()).hasSize(1);

        server.resetRequests();
        assertThat(paged().stream().limit(3).collect(Collectors.toList())).containsExactly("a", "b", "c");
        assertThat(requests()).hasSize(2);

        server.resetRequests();
        Iterator<Page<String>> pages = paged().byPage().iterator();
        assertThat(pages.next().items()).containsExactly("a", "b");
        assertThat(pages.hasNext()).isTrue();
        assertThat(requests()).as("hasNext fetched page 2, nothing more").hasSize(2);
    }

    @Test
    void iteratingTwiceStartsOver() {
        stubThreePages();
        Paged<String> paged = paged();

        assertThat(all(paged)).containsExactly("a", "b", "c", "d", "e");
        assertThat(all(paged)).containsExactly("a", "b", "c", "d", "e");
        assertThat(tokensSent()).containsExactly("-", "t2", "t3", "-", "t2", "t3");
    }

    @Test
    void pagesAreNumberedAndCarryTheCursorOfTheNext() {
        stubThreePages();

        List<Page<String>> pages = all(paged().byPage());

        assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(pages).extracting(Page::isLast).containsExactly(false, false, true);
        assertThat(pages.get(0).nextCursor()).contains(new Cursor(QUERY, "t2"));
        assertThat(pages.get(2).nextCursor()).isEmpty();
    }

    @Test
    void cursorSurvivesSerializationAndResumesWhereItWasTaken() {
        stubThreePages();
        Page<String> first = paged().byPage().iterator().next();
        String saved = first.nextCursor().orElseThrow().serialize();
        server.resetRequests();

        Cursor cursor = Cursor.parse(saved);
        assertThat(cursor).isEqualTo(first.nextCursor().orElseThrow());
        assertThat(cursor.query()).isEqualTo(QUERY);
        assertThat(cursor.token()).isEqualTo("t2");
        assertThat(saved).matches("[A-Za-z0-9_.-]+").doesNotContain("t2", "Tho");

        List<Page<String>> rest = all(paged().byPage(cursor));
        assertThat(rest).extracting(Page::items).containsExactly(List.of("c", "d"), List.of("e"));
        assertThat(rest).extracting(Page::number).containsExactly(1, 2);
        assertThat(tokensSent()).containsExactly("t2", "t3");
    }

    @Test
    void cursorOfAnotherQueryIsRefusedWithoutARequest() {
        stubThreePages();
        Cursor cursor = new Cursor(QUERY, "t2");
        Paged<String> otherQuery = Paged.of("page_size=2&search=Other", fetcher("Other"), transport.executor());

        assertThatThrownBy(() -> otherQuery.byPage(cursor))
                .isInstanceOf(PagingException.class).hasMessageContaining("another query");
        assertThatThrownBy(() -> otherQuery.byPage(Cursor.parse(cursor.serialize()))).isInstanceOf(PagingException.class);
        assertThat(requests()).isEmpty();
    }

    @Test
    void damagedCursorTextIsRejected() {
        assertThatThrownBy(() -> Cursor.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.parse("c1.%%%.abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cursor(QUERY, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Cursor(QUERY, "secret-token").toString()).doesNotContain("secret-token");
    }

    @Test
    void prefetchFetchesExactlyOnePageAhead() {
        stubThreePages();
        ManualExecutor executor = new ManualExecutor();
        Iterator<String> items = Paged.of(QUERY, fetcher("Tho"), executor).withPrefetch().iterator();

        assertThat(items.next()).isEqualTo("a");
        assertThat(requests()).hasSize(1);
        assertThat(executor.pending()).as("page 2 is scheduled once page 1 is handed out").isEqualTo(1);

        executor.runPending();
        assertThat(tokensSent()).containsExactly("-", "t2");
        assertThat(executor.pending()).as("page 3 is not scheduled yet").isZero();

        assertThat(items.next()).isEqualTo("b");
        assertThat(items.next()).isEqualTo("c");
        assertThat(requests()).as("page 2 came from the prefetch").hasSize(2);
        assertThat(executor.pending()).isEqualTo(1);

        executor.runPending();
        assertThat(List.of(items.next(), items.next())).containsExactly("d", "e");
        assertThat(items.hasNext()).isFalse();
        assertThat(executor.pending()).as("nothing after the last page").isZero();
        assertThat(tokensSent()).containsExactly("-", "t2", "t3");
    }

    @Test
    void prefetchWithARealExecutorStillMakesOneRequestPerPage() {
        stubThreePages();

        assertThat(all(paged().withPrefetch())).containsExactly("a", "b", "c", "d", "e");
        assertThat(tokensSent()).containsExactly("-", "t2", "t3");
    }

    @Test
    void failureOfAPageReachesTheCaller() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}");
        server.stubFor(get(urlPathEqualTo("/msteams/users")).withQueryParam("next", equalTo("t2"))
                .willReturn(okJson("{}").withStatus(404)));

        assertThatThrownBy(() -> all(paged())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> all(paged().withPrefetch())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void progressIsReportedPerPage() {
        stubThreePages();
        List<String> reports = new ArrayList<>();

        all(paged().withProgress(new ProgressListener() {
            @Override
            public void onPage(int pages, long items) {
                reports.add(pages + "/" + items);
            }
        }));

        assertThat(reports).containsExactly("1/2", "2/4", "3/5");
    }

    /** Runs scheduled tasks only when told to, so a test decides when a prefetch happens. */
    private static final class ManualExecutor implements Executor {
        private final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized int pending() {
            return tasks.size();
        }

        void runPending() {
            Runnable task;
            while ((task = poll()) != null) {
                task.run();
            }
        }

        private synchronized Runnable poll() {
            return tasks.poll();
        }
    }
}
