package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time the fake takes to serve one users page, whatever the tenant's size: in a JVM of its own,
 * a raw {@code java.net.http} client asks the {@link ServerKind#FUSION_LARGE} server for three kinds
 * of pages of 100 users, in turn: the first page, the first page of a search landing in the middle of
 * the tenant, and the page after it (a continuation token). Prints the median and p99 per kind.
 *
 * <p>Arguments: endpoint JSON, rounds (each round asks for the three pages once), warm-up rounds.
 */
public final class PageTimeRun {
    private static final int PAGE_SIZE = 100;

    private PageTimeRun() {
    }

    /**
     * Runs the rounds and prints the figures.
     *
     * @param args endpoint JSON, rounds, warm-up rounds
     * @throws Exception when a request fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        int rounds = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String users = endpoint.baseUrl() + endpoint.subscriptionPath() + "/msteams/users?page_size=" + PAGE_SIZE;
        // The users are named "Bench User 0000000" on: this prefix matches exactly 100 from the middle.
        String middle = String.format(Locale.ROOT, "%07d", endpoint.users() / 2);
        String search = users + "&search=" + URLEncoder.encode("Bench User " + middle.substring(0, 5),
                StandardCharsets.UTF_8);
        List<Long> first = new ArrayList<>();
        List<Long> inTheMiddle = new ArrayList<>();
        List<Long> continued = new ArrayList<>();
        double serverCpuAtStart = 0;
        for (int round = -warmup; round < rounds; round++) {
            if (round == 0) {
                serverCpuAtStart = ProcessCpu.millisOf(endpoint.pid());
            }
            Timed firstPage = get(http, users, endpoint.token());
            Timed middlePage = get(http, search, endpoint.token());
            String next = middlePage.json().path("next").asText();
            Timed nextPage = get(http, search + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
                    endpoint.token());
            if (firstPage.json().path("users").size() != PAGE_SIZE || nextPage.json().path("users").size() != PAGE_SIZE
                    || !middlePage.json().at("/users/0/msTeams/displayName").asText().endsWith(middle.substring(0, 5) + "00")) {
                throw new IllegalStateException("unexpected pages for " + endpoint.users() + " users");
            }
            if (round >= 0) {
                first.add(firstPage.nanos());
                inTheMiddle.add(middlePage.nanos());
                continued.add(nextPage.nanos());
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("users", endpoint.users());
        figures.put("rounds", rounds);
        figures.put("pageSize", PAGE_SIZE);
        put(figures, "firstPage", first);
        put(figures, "middlePage", inTheMiddle);
        put(figures, "nextPage", continued);
        figures.put("serverCpuMsPerPage", (ProcessCpu.millisOf(endpoint.pid()) - serverCpuAtStart) / (3.0 * rounds));
        ChildJvm.printResult(figures);
    }

    private static void put(Map<String, Object> figures, String name, List<Long> nanos) {
        Percentiles percentiles = new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray());
        figures.put(name + "MedianMicros", percentiles.millis(50) * 1e3);
        figures.put(name + "P99Micros", percentiles.millis(99) * 1e3);
    }

    private record Timed(long nanos, JsonNode json) {
    }

    private static Timed get(HttpClient http, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        long started = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return new Timed(nanos, new ObjectMapper().readTree(response.body()));
    }
}
