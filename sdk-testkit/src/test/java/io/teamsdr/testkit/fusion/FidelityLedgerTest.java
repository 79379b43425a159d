package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.vsxi.internal.KeyGenerator;
import io.teamsdr.testkit.vsxi.internal.VsxiRoutes;
import io.teamsdr.testkit.vsxi.internal.VsxiStore;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * FIDELITY.md is the ledger of both fakes: every route has a row, every row is marked documented,
 * assumed or fake-only with its basis, and every service error code the fakes invent is listed as
 * fake-only.
 */
class FidelityLedgerTest {

    private static final Path LEDGER = Path.of("FIDELITY.md");
    private static final Set<String> BASES = Set.of("documented", "assumed", "fake-only");
    private static List<Row> rows;
    private static List<String[]> codes;

    /** One ledger row: which fake, which route ({@code *} for all), the behaviour, its basis and reference. */
    private record Row(String fake, String route, String behaviour, String basis, String reference) {
    }

    @BeforeAll
    static void readLedger() throws IOException {
        rows = new ArrayList<>();
        codes = new ArrayList<>();
        for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
                codes.add(new String[] {cells[0].strip().replace("`", ""), cells[2].strip()});
                continue;
            }
            if (!line.startsWith("| Fusion") && !line.startsWith("| VSXi") && !line.startsWith("| Graph")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
            assertThat(cells).as(line).hasSize(5);
            rows.add(new Row(cells[0].strip(), cells[1].strip().replace("`", ""), cells[2].strip(), cells[3].strip(),
                    cells[4].strip()));
        }
    }

    @Test
    void everyRouteOfBothFakesHasARow() {
        Set<String> ledgered = new TreeSet<>();
        rows.forEach(r -> ledgered.add(r.route()));
        assertThat(ledgered).containsAll(routes());
    }

    @Test
    void everyRowNamesARouteOfItsFake() {
        Set<String> routes = new TreeSet<>(routes());
        routes.add("*");
        assertThat(rows).allSatisfy(r -> assertThat(routes).as(r.toString()).contains(r.route()));
    }

    @Test
    void everyRowSaysWhereItComesFrom() {
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(BASES).as(r.toString()).contains(r.basis());
            assertThat(r.behaviour()).as(r.toString()).isNotBlank();
            assertThat(r.reference()).as(r.toString()).isNotBlank();
            if (r.basis().equals("assumed")) {
                assertThat(r.reference()).as(r.toString()).startsWith("NOTES:");
            }
            if (r.basis().equals("documented")) {
                assertThat(r.reference()).as(r.toString()).startsWith("§");
            }
        });
    }

    @Test
    void everyFusionErrorCodeIsListedAndOnlyTheDocumentedOneIsNotFakeOnly() throws IllegalAccessException {
        Set<String> listed = new TreeSet<>();
        for (String[] code : codes) {
            listed.add(code[0]);
            assertThat(code[1]).as(code[0]).isEqualTo(code[0].equals(String.valueOf(FusionErrors.TEMPLATE_NOT_FOUND))
                    ? "documented" : "fake-only");
        }
        Set<String> used = new TreeSet<>();
        for (Field field : FusionErrors.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                used.add(String.valueOf(field.getInt(null)));
            }
        }
        assertThat(listed).isEqualTo(used);
    }

    private static List<String> routes() {
        Set<String> all = new LinkedHashSet<>();
        try (FakeFusionServer fusion = FakeFusionServer.builder().emptyData().start()) {
            fusion.routes().forEach(r -> all.add(r.replace(FusionRoutes.SUB, "{sub}")));
        }
        VsxiRoutes.table(new VsxiStore(Clock.systemUTC(), new KeyGenerator(1))).routes()
                .forEach(r -> all.add(r.replace(VsxiRoutes.ROOT, "")));
        return List.copyOf(all);
    }
}
