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
import io.teamsdr.core.internal.Paging;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
        return PageFetcher.of(transport, token -> {
            RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/msteams/users")
                    .query("page_size", 2).query("search", search);
            if (token != null) {
                spec.query("next", token);
            }
            return spec.build();
        }, response -> {
            UserPage page = response.json(UserPage.class);
            return new PageFetcher.Fetched<>(page.users(), page.next());
        });
    }

    private Paged<String> paged() {
        return Paged.of(QUERY, fetcher("Tho"));
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
        assertThat(pages.get(0).nextCursor()).contains(new Cursor(QUERY, "t2", 2));
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
        assertThat(rest).extracting(Page::number).as("numbered as in the whole listing").containsExactly(2, 3);
        assertThat(tokensSent()).containsExactly("t2", "t3");
    }

    @Test
    void cursorOfAnotherQueryIsRefusedWithoutARequest() {
        stubThreePages();
        Cursor cursor = new Cursor(QUERY, "t2", 2);
        Paged<String> otherQuery = Paged.of("page_size=2&search=Other", fetcher("Other"));

        assertThatThrownBy(() -> otherQuery.byPage(cursor))
                .isInstanceOf(PagingException.class).hasMessageContaining("another query");
        assertThatThrownBy(() -> otherQuery.byPage(Cursor.parse(cursor.serialize()))).isInstanceOf(PagingException.class);
        assertThatThrownBy(() -> otherQuery.page(cursor)).isInstanceOf(PagingException.class);
        assertThat(Paging.pageAsync(otherQuery.query(), fetcher("Other"), cursor))
                .failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(PagingException.class);
        assertThat(requests()).isEmpty();
    }

    @Test
    void damagedCursorTextIsRejected() {
        assertThatThrownBy(() -> Cursor.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.parse("c2.%%%.abc.2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.parse("c2.YQ.Yg.x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cursor(QUERY, " ", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cursor(QUERY, "t", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Cursor(QUERY, "secret-token", 2).toString()).doesNotContain("secret-token");
    }

    @Test
    void singlePageCallsFetchExactlyOnePageEach() {
        stubThreePages();
        Paged<String> paged = paged();

        Page<String> first = paged.firstPage();
        Page<String> second = paged.page(first.nextCursor().orElseThrow());
        Page<String> third = paged.page(Cursor.parse(second.nextCursor().orElseThrow().serialize()));

        assertThat(List.of(first, second, third)).extracting(Page::items)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
        assertThat(List.of(first, second, third)).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(third.isLast()).isTrue();
        assertThat(tokensSent()).containsExactly("-", "t2", "t3");
    }

    @Test
    void asyncPagesFollowTheSameRules() {
        stubThreePages();
        PageFetcher<String> fetcher = fetcher("Tho");

        Page<String> first = Paging.pageAsync(QUERY, fetcher, null).join();
        Page<String> second = Paging.pageAsync(QUERY, fetcher, first.nextCursor().orElseThrow()).join();

        assertThat(first.items()).containsExactly("a", "b");
        assertThat(second.items()).containsExactly("c", "d");
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.nextCursor()).contains(new Cursor(QUERY, "t3", 3));
        assertThat(tokensSent()).containsExactly("-", "t2");
    }

    @Test
    void aRefusedContinuationTokenIsACursorRejectedExceptionCarryingTheCursor() {
        stubPages("{\"users\":[\"a\"],\"next\":\"t2\"}");
        server.stubFor(get(urlPathEqualTo("/msteams/users")).withQueryParam("next", equalTo("t2"))
                .willReturn(okJson("{\"error\":{\"code\":2001,\"reason\":\"token expired\"}}").withStatus(400)));
        Cursor cursor = new Cursor(QUERY, "t2", 2);

        assertThatThrownBy(() -> paged().page(cursor)).isInstanceOfSatisfying(CursorRejectedException.class, e -> {
            assertThat(e.cursor()).isEqualTo(cursor);
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.reason()).contains("token expired");
            assertThat(e.getMessage()).contains("first page");
        });
        assertThatThrownBy(() -> all(paged())).isInstanceOfSatisfying(CursorRejectedException.class,
                e -> assertThat(e.cursor()).isEqualTo(cursor));
        assertThatThrownBy(() -> all(paged().withPrefetch())).isInstanceOf(CursorRejectedException.class);
        assertThat(Paging.pageAsync(QUERY, fetcher("Tho"), cursor)).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(CursorRejectedException.class);
    }

    @Test
    void aRefusedFirstPageIsTheQuerysFaultNotACursors() {
        server.stubFor(get(urlPathEqualTo("/msteams/users"))
                .willReturn(okJson("{\"error\":{\"code\":2002,\"reason\":\"bad filter\"}}").withStatus(400)));

        assertThatThrownBy(() -> paged().firstPage()).isExactlyInstanceOf(BadRequestException.class);
        assertThat(Paging.pageAsync(QUERY, fetcher("Tho"), null)).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(ExecutionException.class).withCauseExactlyInstanceOf(BadRequestException.class);
    }

    @Test
    void totalsTheServerReportsReachThePage() {
        Page<String> page = Paging.page(QUERY, 1,
                new PageFetcher.Fetched<>(List.of("a"), "t2", OptionalLong.of(41), OptionalInt.of(21)));

        assertThat(page.totalItems()).hasValue(41);
        assertThat(page.totalPages()).hasValue(21);
        assertThat(Page.of(1, List.of("a"), Optional.empty()).totalItems()).isEmpty();
    }

    @Test
    void prefetchAsksForExactlyOnePageAheadWithoutBlocking() {
        ManualFetcher fetcher = new ManualFetcher();
        Iterator<String> items = Paged.of(QUERY, fetcher).withPrefetch().iterator();

        fetcher.answerNext(List.of("a", "b"), "t2");
        assertThat(items.next()).isEqualTo("a");
        assertThat(fetcher.asked).as("page 2 is requested once page 1 is handed out").containsExactly("-", "t2");

        fetcher.completeAhead(List.of("c", "d"), "t3");
        assertThat(items.next()).isEqualTo("b");
        assertThat(items.next()).isEqualTo("c");
        assertThat(fetcher.asked).as("page 2 came from the prefetch; page 3 is now ahead").containsExactly("-", "t2", "t3");

        fetcher.completeAhead(List.of("e"), null);
        assertThat(List.of(items.next(), items.next())).containsExactly("d", "e");
        assertThat(items.hasNext()).isFalse();
        assertThat(fetcher.asked).as("nothing after the last page").containsExactly("-", "t2", "t3");
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

    /**
     * A fetcher whose answers the test hands out: the blocking fetch answers the prepared page, the
     * async fetch stays pending until the test completes it, so the test decides when a prefetch lands.
     */
    private static final class ManualFetcher implements PageFetcher<String> {
        private final List<String> asked = new ArrayList<>();
        private Fetched<String> prepared;
        private CompletableFuture<Fetched<String>> ahead;

        void answerNext(List<String> items, String next) {
            prepared = new Fetched<>(items, next);
        }

        void completeAhead(List<String> items, String next) {
            ahead.complete(new Fetched<>(items, next));
        }

        @Override
        public Fetched<String> fetch(String token) {
            asked.add(token == null ? "-" : token);
            return prepared;
        }

        @Override
        public CompletableFuture<Fetched<String>> fetchAsync(String token) {
            asked.add(token == null ? "-" : token);
            ahead = new CompletableFuture<>();
            return ahead;
        }
    }
}
