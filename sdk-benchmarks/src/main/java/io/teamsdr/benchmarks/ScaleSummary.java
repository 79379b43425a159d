package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown of the scale runs ({@link ScaleRuns}), for {@code summary.md}. */
public final class ScaleSummary {
    private static final double MB = 1024 * 1024;

    private final List<JsonNode> runs;
    private final StringBuilder out = new StringBuilder();

    private ScaleSummary(List<JsonNode> runs) {
        this.runs = runs;
    }

    /**
     * The section, empty when no scale run was made.
     *
     * @param runs every run of {@code runs.json}
     * @return Markdown
     */
    public static String markdown(List<JsonNode> runs) {
        ScaleSummary summary = new ScaleSummary(runs);
        if (!summary.variants("scale-seeding").isEmpty() || !summary.variants("scale-vsxi").isEmpty()) {
            summary.build();
        }
        return summary.out.toString();
    }

    private void build() {
        line("## 6. The testkit at scale (min / **median** / max over the runs)");
        line("");
        line("### 6a. Seeding a Fusion tenant with the DSL (`FusionSeed` build alone, a JVM of its own per run, `-Xmx3g`)");
        line("");
        line("| users | seconds | µs per user | CPU seconds, all threads |");
        line("|---|---|---|---|");
        for (String variant : variants("scale-seeding")) {
            line("| %s | %s | %s | %s |", variant, range("scale-seeding", variant, "seedSeconds", 1, "%.2f"),
                    range("scale-seeding", variant, "microsPerUser", 1, "%.1f"),
                    range("scale-seeding", variant, "cpuSeconds", 1, "%.1f"));
        }
        line("");
        line("### 6b. One users page (100 users) at 1,000 and at 1,000,000 users (raw HTTP client, server in its own JVM)");
        line("");
        line("| tenant | first page µs (p50) | page in the middle µs (p50) | next page µs (p50) | p99 of the three µs | server CPU ms per page | seed and start s |");
        line("|---|---|---|---|---|---|---|");
        for (String variant : variants("scale-page")) {
            line("| %s | %s | %s | %s | %s / %s / %s | %s | %s |", variant,
                    range("scale-page", variant, "firstPageMedianMicros", 1, "%.0f"),
                    range("scale-page", variant, "middlePageMedianMicros", 1, "%.0f"),
                    range("scale-page", variant, "nextPageMedianMicros", 1, "%.0f"),
                    median("scale-page", variant, "firstPageP99Micros", "%.0f"),
                    median("scale-page", variant, "middlePageP99Micros", "%.0f"),
                    median("scale-page", variant, "nextPageP99Micros", "%.0f"),
                    range("scale-page", variant, "serverCpuMsPerPage", 1, "%.2f"),
                    median("scale-page", variant, "seedAndStartSeconds", "%.1f"));
        }
        line("");
        line("### 6c. The SDK scrolling every user of the 1,000,000-user fake (client JVM `-Xmx64m`, page size 999, no work)");
        line("");
        line("| users | elapsed s | users/s | client CPU s | server CPU s | heap peak used MB | heap peak after GC MB |");
        line("|---|---|---|---|---|---|---|");
        for (String variant : variants("scale-scroll")) {
            line("| %s | %s | %s | %s | %s | %s | %s |", median("scale-scroll", variant, "users", "%.0f"),
                    range("scale-scroll", variant, "elapsedMs", 1000, "%.1f"),
                    range("scale-scroll", variant, "usersPerSecond", 1, "%.0f"),
                    range("scale-scroll", variant, "clientCpuMs", 1000, "%.1f"),
                    range("scale-scroll", variant, "serverCpuMs", 1000, "%.1f"),
                    range("scale-scroll", variant, "heapPeakUsedBytes", MB, "%.1f"),
                    range("scale-scroll", variant, "heapPeakAfterGcBytes", MB, "%.1f"));
        }
        line("");
        line("### 6d. VSXi: drafts over 1,000,000 committed users (fake and raw HTTP client in one JVM, `-Xmx4g`)");
        line("");
        for (String variant : variants("scale-vsxi")) {
            line("%s: upload %s s, commit %s s.", variant, range("scale-vsxi", variant, "initialUploadMs", 1000, "%.1f"),
                    range("scale-vsxi", variant, "initialCommitMs", 1000, "%.2f"));
            line("");
            line("| draft rows (half updates, half new) | upload ms | status ms | commit ms | rollback ms |");
            line("|---|---|---|---|---|");
            for (String rows : draftSizes(variant)) {
                String prefix = "draft" + rows;
                line("| %s | %s | %s | %s | %s |", rows, range("scale-vsxi", variant, prefix + "UploadMs", 1, "%.0f"),
                        range("scale-vsxi", variant, prefix + "StatusMs", 1, "%.1f"),
                        range("scale-vsxi", variant, prefix + "CommitMs", 1, "%.1f"),
                        range("scale-vsxi", variant, prefix + "RollbackMs", 1, "%.2f"));
            }
            line("");
            line("`smcFiles` of the committed configuration, read as a stream: %s s for %s MB uncompressed "
                            + "(%s lines); heap after GC %s MB before the download, at most %s MB during it.",
                    range("scale-vsxi", variant, "smcFilesMs", 1000, "%.1f"),
                    median("scale-vsxi", variant, "smcFilesUncompressedBytes", MB, "%.0f"),
                    median("scale-vsxi", variant, "smcFilesLines", "%.0f"),
                    median("scale-vsxi", variant, "smcFilesHeapBaselineBytes", MB, "%.0f"),
                    median("scale-vsxi", variant, "smcFilesHeapPeakAfterGcBytes", MB, "%.0f"));
            line("");
        }
    }

    private List<String> draftSizes(String variant) {
        List<String> sizes = new ArrayList<>();
        for (JsonNode run : runsOf("scale-vsxi", variant)) {
            run.path("figures").fieldNames().forEachRemaining(name -> {
                if (name.startsWith("draft") && name.endsWith("CommitMs")) {
                    String rows = name.substring("draft".length(), name.length() - "CommitMs".length());
                    if (!sizes.contains(rows)) {
                        sizes.add(rows);
                    }
                }
            });
        }
        return sizes;
    }

    private List<String> variants(String phase) {
        List<String> variants = new ArrayList<>();
        for (JsonNode run : runs) {
            String variant = run.path("variant").asText();
            if (run.path("phase").asText().equals(phase) && !variants.contains(variant)) {
                variants.add(variant);
            }
        }
        return variants;
    }

    private List<JsonNode> runsOf(String phase, String variant) {
        return runs.stream().filter(r -> r.path("phase").asText().equals(phase)
                && r.path("variant").asText().equals(variant)).toList();
    }

    private List<Double> values(String phase, String variant, String metric, double divisor) {
        return runsOf(phase, variant).stream().map(r -> r.path("figures").path(metric))
                .filter(JsonNode::isNumber).map(n -> n.asDouble() / divisor).toList();
    }

    private String range(String phase, String variant, String metric, double divisor, String format) {
        List<Double> values = values(phase, variant, metric, divisor);
        if (values.isEmpty()) {
            return "-";
        }
        Stats stats = Stats.of(values);
        return String.format(Locale.ROOT, format + " / **" + format + "** / " + format, stats.min(), stats.median(),
                stats.max());
    }

    private String median(String phase, String variant, String metric, String format) {
        return median(phase, variant, metric, 1, format);
    }

    private String median(String phase, String variant, String metric, double divisor, String format) {
        List<Double> values = values(phase, variant, metric, divisor);
        return values.isEmpty() ? "-" : String.format(Locale.ROOT, format, Stats.of(values).median());
    }

    private void line(String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
