package io.teamsdr.testkit.vsxi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in unified format ({@code ---}/{@code +++} header, {@code @@} hunks with three lines
 * of context), using Myers' O(ND) algorithm. Common leading and trailing lines are stripped first;
 * when the remaining middle needs more than {@value #MAX_EDITS} edits the middle is written as one
 * block replacement, which is still a correct diff, to keep time and memory bounded for files
 * with many thousands of users.
 */
public final class LineDiff {

    /** Edit distance above which the minimal diff is not searched for. */
    static final int MAX_EDITS = 1000;
    private static final int CONTEXT = 3;

    private enum Kind { EQUAL, DELETE, INSERT }

    /** One step of the edit script: a line kept, removed from a, or added from b. */
    private record Op(Kind kind, int aIndex, int bIndex) {
    }

    private LineDiff() {
    }

    /**
     * Splits text into lines; a final newline does not start another line.
     *
     * @param text the text
     * @return its lines, without line terminators
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    /**
     * Diffs two texts.
     *
     * @param oldName name for the {@code ---} line, e.g. {@code a/tenants/1001.cfg}
     * @param newName name for the {@code +++} line
     * @param a old lines
     * @param b new lines
     * @return the unified diff, empty when the texts are equal
     */
    public static String unified(String oldName, String newName, List<String> a, List<String> b) {
        List<Op> ops = editScript(a, b);
        if (ops.stream().allMatch(op -> op.kind() == Kind.EQUAL)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            int firstChange = nextChange(ops, i);
            if (firstChange < 0) {
                break;
            }
            int start = Math.max(i, firstChange - CONTEXT);
            int end = firstChange;
            // Extend the hunk while the next change is close enough for the contexts to touch.
            while (true) {
                int lastChange = end;
                while (lastChange + 1 < ops.size() && ops.get(lastChange + 1).kind() != Kind.EQUAL) {
                    lastChange++;
                }
                int next = nextChange(ops, lastChange + 1);
                if (next >= 0 && next - lastChange - 1 <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(ops.size() - 1, lastChange + CONTEXT);
                    break;
                }
            }
            writeHunk(out, a, b, ops.subList(start, end + 1));
            i = end + 1;
        }
        return out.toString();
    }

    private static int nextChange(List<Op> ops, int from) {
        for (int i = from; i < ops.size(); i++) {
            if (ops.get(i).kind() != Kind.EQUAL) {
                return i;
            }
        }
        return -1;
    }

    private static void writeHunk(StringBuilder out, List<String> a, List<String> b, List<Op> hunk) {
        int aLen = 0;
        int bLen = 0;
        for (Op op : hunk) {
            aLen += op.kind() == Kind.INSERT ? 0 : 1;
            bLen += op.kind() == Kind.DELETE ? 0 : 1;
        }
        // Each op's index on a side counts the lines of that side before it; unified diff numbers
        // an empty side by the line it follows, a non-empty one by its first line.
        Op first = hunk.get(0);
        int aStart = aLen == 0 ? first.aIndex() : first.aIndex() + 1;
        int bStart = bLen == 0 ? first.bIndex() : first.bIndex() + 1;
        out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n");
        for (Op op : hunk) {
            switch (op.kind()) {
                case EQUAL -> out.append(' ').append(a.get(op.aIndex())).append('\n');
                case DELETE -> out.append('-').append(a.get(op.aIndex())).append('\n');
                case INSERT -> out.append('+').append(b.get(op.bIndex())).append('\n');
                default -> throw new IllegalStateException(op.kind().name());
            }
        }
    }

    private static String range(int start, int length) {
        return length == 1 ? Integer.toString(start) : start + "," + length;
    }

    /**
     * The edit script from a to b. Every op carries the index the next line would have on the
     * side it does not touch, so hunks can be numbered even when one side is empty.
     */
    private static List<Op> editScript(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>(a.size() + b.size());
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(Kind.EQUAL, i, i));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        List<Op> middle = myers(midA, midB);
        if (middle == null) {
            middle = new ArrayList<>();
            for (int i = 0; i < midA.size(); i++) {
                middle.add(new Op(Kind.DELETE, i, 0));
            }
            for (int j = 0; j < midB.size(); j++) {
                middle.add(new Op(Kind.INSERT, midA.size(), j));
            }
        }
        for (Op op : middle) {
            ops.add(new Op(op.kind(), op.aIndex() + prefix, op.bIndex() + prefix));
        }
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(Kind.EQUAL, a.size() - suffix + i, b.size() - suffix + i));
        }
        return ops;
    }

    /**
     * Myers' greedy forward search. Round d's frontier is kept as a slice of its 2d+1 diagonals,
     * which the walk back needs to choose each step; the rounds are bounded, so memory is too.
     *
     * @return the edit script, or {@code null} when it needs more than {@link #MAX_EDITS} edits
     */
    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int limit = Math.min(n + m, MAX_EDITS);
        int offset = limit + 1;
        int[] v = new int[2 * limit + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= limit; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return walkBack(trace, n, m);
                }
            }
            int[] slice = new int[2 * d + 1];
            System.arraycopy(v, offset - d, slice, 0, slice.length);
            trace.add(slice);
        }
        return null;
    }

    /** Walks from the end back to the start through the saved frontiers of rounds 0 to D-1. */
    private static List<Op> walkBack(List<int[]> trace, int n, int m) {
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size(); d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int shift = d - 1;
            int k = x - y;
            int prevK = (k == -d || (k != d && previous[shift + k - 1] < previous[shift + k + 1])) ? k + 1 : k - 1;
            int prevX = previous[shift + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                x--;
                y--;
                reversed.add(new Op(Kind.EQUAL, x, y));
            }
            if (prevK == k + 1) {
                y--;
                reversed.add(new Op(Kind.INSERT, x, y));
            } else {
                x--;
                reversed.add(new Op(Kind.DELETE, x, y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            reversed.add(new Op(Kind.EQUAL, x, y));
        }
        List<Op> ops = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }
}
