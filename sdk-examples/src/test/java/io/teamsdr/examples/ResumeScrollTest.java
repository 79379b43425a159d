package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResumeScrollTest {

    @Test
    void resumesExactlyWhereTheCursorWas() {
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ResumeScroll.Result result = ResumeScroll.run(output.stream(), env, 2);

            List<String> everyone = env.teams().users().list(ResumeScroll.QUERY).stream()
                    .map(user -> user.msTeams().userPrincipalName()).toList();
            int pageSize = ResumeScroll.QUERY.pageSize();
            assertThat(result.shown()).isEqualTo(everyone.subList(0, 2 * pageSize));
            assertThat(result.loadMore()).isEqualTo(everyone.subList(2 * pageSize, 3 * pageSize));
            assertThat(result.resumed()).isEqualTo(everyone.subList(2 * pageSize, everyone.size()));
            List<String> joined = new ArrayList<>(result.shown());
            joined.addAll(result.resumed());
            assertThat(joined).isEqualTo(everyone).doesNotHaveDuplicates();
        }
        assertThat(output.lines()).anySatisfy(line -> assertThat(line).startsWith("   cursor handed to the browser ("));
        assertThat(output.lines()).contains("   93 users in 5 pages after the cursor; 133 in all");
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("   PagingException: The cursor belongs to another query"));
    }

    @Test
    void theCursorStringIsAllTheBrowserKeeps() {
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ResumeScroll.Result result = ResumeScroll.run(new CapturedOutput().stream(), env, 1);

            assertThat(result.cursor()).matches("[A-Za-z0-9._-]+");
            assertThat(result.shown()).hasSize(ResumeScroll.QUERY.pageSize());
            assertThat(result.resumed().get(0)).isNotIn(result.shown());
        }
    }
}
