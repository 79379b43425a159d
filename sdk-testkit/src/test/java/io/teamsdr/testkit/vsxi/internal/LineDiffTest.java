package io.teamsdr.testkit.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    @Test
    void writesGnuStyleUnifiedDiff() {
        List<String> a = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> b = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(LineDiff.unified("a/f", "b/f", a, b)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                @@ -10,3 +10,4 @@
                 10
                 11
                 12
                +13
                """);
    }

    @Test
    void equalTextsHaveNoDiffAndEmptySidesAreNumberedZero() {
        assertThat(LineDiff.unified("a/f", "b/f", List.of("x"), List.of("x"))).isEmpty();
        assertThat(LineDiff.unified("a/f", "b/f", List.of(), List.of("x"))).contains("@@ -0,0 +1 @@\n+x\n");
        assertThat(LineDiff.unified("a/f", "b/f", List.of("x", "y"), List.of())).contains("@@ -1,2 +0,0 @@\n-x\n-y\n");
        assertThat(LineDiff.lines("a\nb\n")).containsExactly("a", "b");
        assertThat(LineDiff.lines("a\n\nb")).containsExactly("a", "", "b");
    }

    @Test
    void randomEditsRoundTripThroughPatch() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomLines(random, random.nextInt(40));
            List<String> b = mutate(random, a);
            String diff = LineDiff.unified("a/f", "b/f", a, b);
            assertThat(apply(a, diff)).as("round %d:%n%s", round, diff).isEqualTo(b);
        }
    }

    @Test
    void hugeRewritesFallBackToABlockReplacementThatStillApplies() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            a.add("old " + i);
            b.add("new " + i);
        }
        a.add(0, "same head");
        b.add(0, "same head");
        String diff = LineDiff.unified("a/f", "b/f", a, b);
        assertThat(apply(a, diff)).isEqualTo(b);
        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).hasSize(1);
    }

    private static List<String> randomLines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("line " + random.nextInt(8));
        }
        return lines;
    }

    private static List<String> mutate(Random random, List<String> a) {
        List<String> b = new ArrayList<>(a);
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int op = random.nextInt(3);
            if (op == 0 || b.isEmpty()) {
                b.add(random.nextInt(b.size() + 1), "new " + random.nextInt(5));
            } else if (op == 1) {
                b.remove(random.nextInt(b.size()));
            } else {
                b.set(random.nextInt(b.size()), "changed " + random.nextInt(5));
            }
        }
        return b;
    }

    /** A strict patch applier: context and removed lines must match exactly where the hunk says. */
    private static List<String> apply(List<String> original, String diff) {
        if (diff.isEmpty()) {
            return original;
        }
        List<String> lines = LineDiff.lines(diff);
        List<String> out = new ArrayList<>();
        int consumed = 0;
        int i = 2;
        while (i < lines.size()) {
            Matcher m = HUNK.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            int oldStart = Integer.parseInt(m.group(1));
            int oldLength = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int newLength = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            int from = oldLength == 0 ? oldStart : oldStart - 1;
            while (consumed < from) {
                out.add(original.get(consumed++));
            }
            int seenOld = 0;
            int seenNew = 0;
            i++;
            while (i < lines.size() && !lines.get(i).startsWith("@@")) {
                String line = lines.get(i++);
                String text = line.substring(1);
                switch (line.charAt(0)) {
                    case ' ' -> {
                        assertThat(original.get(consumed++)).isEqualTo(text);
                        out.add(text);
                        seenOld++;
                        seenNew++;
                    }
                    case '-' -> {
                        assertThat(original.get(consumed++)).isEqualTo(text);
                        seenOld++;
                    }
                    case '+' -> {
                        out.add(text);
                        seenNew++;
                    }
                    default -> throw new AssertionError("Bad diff line: " + line);
                }
            }
            assertThat(seenOld).isEqualTo(oldLength);
            assertThat(seenNew).isEqualTo(newLength);
        }
        while (consumed < original.size()) {
            out.add(original.get(consumed++));
        }
        return out;
    }
}
