package io.teamsdr.examples;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.core.PagingException;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An infinite scroll as a web UI runs it: the server shows some pages, hands the browser the
 * cursor of the next one as an opaque string, and forgets everything. Later the browser sends the
 * string back and the listing continues exactly where it stopped, with the same query.
 *
 * <ol>
 *   <li>read pages 1 to N and keep the cursor of page N+1 as a string;</li>
 *   <li>"load more": fetch exactly one page from that string ({@code page(cursor)}; an async request
 *       handler would call {@code fusion.async().msTeams(subscription).users().list(query, cursor)}),
 *       as a request handler would;</li>
 *   <li>resume a whole listing from the same string ({@code byPage(cursor)}), as a batch job would;</li>
 *   <li>show that the cursor is refused, before any request, with another query.</li>
 * </ol>
 */
public final class ResumeScroll {
    /** The listing of the example: Benelux users, 20 per page. */
    public static final UserQuery QUERY = UserQuery.builder().pageSize(20).locations("BE", "NL").build();

    private ResumeScroll() {
    }

    /**
     * What the example saw.
     *
     * @param shown the UPNs of the pages read before stopping, in order
     * @param cursor the saved cursor string
     * @param loadMore the UPNs of the one page fetched from the cursor
     * @param resumed the UPNs read when resuming from the cursor to the end
     */
    public record Result(List<String> shown, String cursor, List<String> loadMore, List<String> resumed) {
        /** Copies the lists. */
        public Result {
            shown = List.copyOf(shown);
            loadMore = List.copyOf(loadMore);
            resumed = List.copyOf(resumed);
        }
    }

    /**
     * Runs the example from the command line.
     *
     * @param args the number of pages to show before saving the cursor, 2 when absent
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int pages = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 2;
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            run(out, env, pages);
        } catch (RuntimeException failure) {
            out.println("Failed: " + failure);
            System.exit(1);
        }
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @param env where to read the users
     * @param pagesShown how many pages to read before saving the cursor, at least 1
     * @return what was read before and after the cursor
     * @throws IllegalStateException when the listing has no more than {@code pagesShown} pages
     */
    public static Result run(PrintStream out, ExampleEnvironment env, int pagesShown) {
        if (pagesShown < 1) {
            throw new IllegalArgumentException("pagesShown must be at least 1, was " + pagesShown);
        }
        UsersApi users = env.teams().users();
        out.println("Listing " + QUERY.locations() + " users, " + QUERY.pageSize() + " per page, from "
                + env.describeFusion());

        out.println();
        out.println("1. The UI shows " + pagesShown + (pagesShown == 1 ? " page" : " pages") + ", then the session ends");
        List<String> shown = new ArrayList<>();
        String saved = null;
        for (Page<TeamsUser> page : users.list(QUERY).byPage()) {
            page.items().forEach(user -> shown.add(upn(user)));
            out.println("   page " + page.number() + ": " + span(page.items()));
            if (page.number() == pagesShown) {
                saved = page.nextCursor().map(Cursor::serialize).orElseThrow(() -> new IllegalStateException(
                        "the listing ended on page " + pagesShown + "; there is nothing to resume"));
                // Leaving the loop is all it takes to stop: no further page is requested.
                break;
            }
        }
        if (saved == null) {
            throw new IllegalStateException("the listing has fewer than " + pagesShown + " pages");
        }
        out.println("   cursor handed to the browser (" + saved.length() + " chars): " + abbreviate(saved));

        out.println();
        out.println("2. \"Load more\": the browser sends the cursor back; one page is fetched");
        Cursor cursor = Cursor.parse(saved);
        Page<TeamsUser> next = users.list(QUERY).page(cursor);
        List<String> loadMore = next.items().stream().map(ResumeScroll::upn).toList();
        out.println("   page " + next.number() + ": " + span(next.items()) + (next.isLast() ? " (last page)"
                : "; the next cursor goes back to the browser"));

        out.println();
        out.println("3. A batch job resumes from the same cursor to the end");
        List<String> resumed = new ArrayList<>();
        int pagesResumed = 0;
        for (Page<TeamsUser> page : users.list(QUERY).byPage(Cursor.parse(saved))) {
            pagesResumed++;
            page.items().forEach(user -> resumed.add(upn(user)));
            out.println("   page " + page.number() + ": " + span(page.items()));
        }
        out.println("   " + resumed.size() + " users in " + pagesResumed + " pages after the cursor; "
                + (shown.size() + resumed.size()) + " in all");

        out.println();
        out.println("4. The cursor belongs to its query; another query is refused before any request");
        UserQuery other = UserQuery.builder().pageSize(QUERY.pageSize()).locations("FR").build();
        try {
            users.list(other).byPage(cursor);
            out.println("   unexpected: the cursor was accepted for " + other);
        } catch (PagingException refused) {
            out.println("   PagingException: " + refused.getMessage());
        }
        return new Result(shown, saved, loadMore, resumed);
    }

    private static String upn(TeamsUser user) {
        return user.msTeams().userPrincipalName();
    }

    private static String span(List<TeamsUser> users) {
        if (users.isEmpty()) {
            return "no users";
        }
        return users.size() + " users, " + users.get(0).msTeams().displayName() + " ... "
                + users.get(users.size() - 1).msTeams().displayName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 40) + "..." + text.substring(text.length() - 8);
    }
}
