package io.teamsdr.testkit.fusion;

import static io.teamsdr.testkit.fusion.FusionHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkTest extends DemoServerTest {

    /** The demo's rollout: MCOEV and a number for five users; only three MCOEV seats are free. */
    static String rolloutBody(String title) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            data.append(i == 0 ? "" : ",").append("{\"upn\":\"").append(FusionDemo.ROLLOUT_UPNS.get(i))
                    .append("\",\"displayName\":\"Rollout ").append(i + 1).append("\",\"number\":\"")
                    .append(FusionDemo.ROLLOUT_NUMBERS.get(i)).append("\",\"country\":\"BE\",\"vrp\":\"Global\","
                    + "\"groups\":[\"Sales\"],\"licenses\":[\"MCOEV\"],\"customerLicenses\":[\"Call-Bundle\"]}");
        }
        return "{\"name\":\"" + title + "\",\"data\":[" + data + "]}";
    }

    @Test
    void demoRolloutPartiallySucceedsWith207() {
        FusionHttp.Reply reply = http.put("/msteams/users/bulk", rolloutBody("Q3 rollout"));
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.at("/message").asText()).isEqualTo("Some errors detected");
        assertThat(reply.at("/details")).hasSize(5);
        assertThat(reply.at("/details/0/details").isObject()).isTrue();
        assertThat(reply.at("/details/3/error/code").asInt()).isEqualTo(2030);
        assertThat(reply.at("/errors")).hasSize(2);
        assertThat(reply.at("/errors/0/upn").asText()).isEqualTo(FusionDemo.ROLLOUT_UPNS.get(3));
        assertThat(reply.at("/errors/1/upn").asText()).isEqualTo(FusionDemo.ROLLOUT_UPNS.get(4));
        assertThat(server.numberHolder(FusionDemo.ROLLOUT_NUMBERS.get(0))).isPresent();
        assertThat(server.numberHolder(FusionDemo.ROLLOUT_NUMBERS.get(3))).isEmpty();
        assertThat(server.freeLicenses("MCOEV")).isZero();
        JsonNode first = http.get("/msteams/user/" + userId(FusionDemo.ROLLOUT_UPNS.get(0))).json();
        assertThat(first.at("/msTeams/displayName").asText()).isEqualTo("Rollout 1");
        assertThat(first.at("/draas/customerLicenses/0").asText()).isEqualTo("Call-Bundle");
        JsonNode failed = http.get("/msteams/user/" + userId(FusionDemo.ROLLOUT_UPNS.get(4))).json();
        assertThat(failed.at("/msTeams/displayName").asText()).isEqualTo("Elise Mertens");
    }

    @Test
    void allSucceedIs200AndNoneIs400() {
        FusionHttp.Reply ok = http.put("/msteams/users/bulk", "{\"name\":\"rename\",\"data\":[{\"upn\":\""
                + FusionDemo.JOHN_UPN + "\",\"displayName\":\"Johnny\",\"template\":\"BE-Best\"}]}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.at("/message").asText()).isEqualTo("Success");
        assertThat(ok.json().has("errors")).isFalse();
        JsonNode john = http.get("/msteams/user/" + userId(FusionDemo.JOHN_UPN)).json();
        assertThat(john.at("/msTeams/vrp").asText()).isEqualTo("Belgium-National");

        FusionHttp.Reply none = http.put("/msteams/users/bulk", "{\"name\":\"broken\",\"data\":["
                + "{\"upn\":\"ghost@contoso.onmicrosoft.com\",\"displayName\":\"Ghost\"},"
                + "{\"upn\":\"" + FusionDemo.JOHN_UPN + "\",\"displayName\":\"J\",\"template\":\"BE-Test\"},"
                + "{\"displayName\":\"no upn\"}]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.at("/errors")).hasSize(3);
        assertThat(none.at("/errors/0/error/code").asInt()).isEqualTo(2010);
        assertThat(none.at("/errors/1/error/code").asInt()).isEqualTo(2095);
        assertThat(none.at("/errors/1/error/reason").asText()).isEqualTo("The template does not exist");
        assertThat(none.at("/errors/2/error/code").asInt()).isEqualTo(2001);

        assertThat(http.put("/msteams/users/bulk", "{\"name\":\"empty\",\"data\":[]}").status()).isEqualTo(400);
        assertThat(http.put("/msteams/users/bulk", "{\"data\":[{}]}").status()).isEqualTo(400);
    }

    @Test
    void everyJobIsInTheHistoryWithItsItems() {
        http.put("/msteams/users/bulk", rolloutBody("Bulk test partial"));
        FusionHttp.Reply history = http.get("/msteams/users/bulk");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.at("/results").asInt()).isEqualTo(1);
        assertThat(history.at("/page").asInt()).isEqualTo(1);
        assertThat(history.at("/pages").asInt()).isEqualTo(1);
        JsonNode job = history.at("/bulks/0");
        assertThat(job.at("/title").asText()).isEqualTo("Bulk test partial");
        assertThat(job.at("/kind").asText()).isEqualTo("ms_users");
        assertThat(job.at("/job_id").isTextual()).isTrue();
        assertThat(job.at("/created_on").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");

        FusionHttp.Reply details = http.get("/msteams/users/bulk/" + job.at("/id").asInt());
        assertThat(details.at("/job_id").isNumber()).isTrue();
        assertThat(details.at("/job_id").asText()).isEqualTo(job.at("/job_id").asText());
        assertThat(details.at("/status").asText()).isEqualTo("partial");
        assertThat(details.at("/total_count").asInt()).isEqualTo(5);
        assertThat(details.at("/success_count").asInt()).isEqualTo(3);
        assertThat(details.at("/job_items/0/data/number").asText()).isEqualTo(FusionDemo.ROLLOUT_NUMBERS.get(0));
        assertThat(details.at("/job_items/0/status").asText()).isEqualTo("success");
        assertThat(details.at("/job_items/4/status").asText()).isEqualTo("error");
        assertThat(details.at("/job_items/4/upn").asText()).isEqualTo(FusionDemo.ROLLOUT_UPNS.get(4));
        assertThat(http.get("/msteams/users/bulk/999").status()).isEqualTo(404);
        assertThat(http.get("/msteams/users/bulk/abc").status()).isEqualTo(400);
    }

    @Test
    void historyPagesByNumberAndByToken() {
        for (int i = 1; i <= 7; i++) {
            http.put("/msteams/users/bulk", "{\"name\":\"job " + i + "\",\"data\":[{\"upn\":\""
                    + FusionDemo.JOHN_UPN + "\",\"displayName\":\"J" + i + "\"}]}");
        }
        FusionHttp.Reply page2 = http.get("/msteams/users/bulk?page_size=3&page=2");
        assertThat(page2.at("/pages").asInt()).isEqualTo(3);
        assertThat(page2.at("/results").asInt()).isEqualTo(7);
        assertThat(page2.at("/bulks/0/title").asText()).isEqualTo("job 4");

        List<String> titles = new ArrayList<>();
        String next = null;
        do {
            FusionHttp.Reply page = http.get("/msteams/users/bulk?page_size=3" + (next == null ? "" : "&next=" + q(next)));
            page.at("/bulks").forEach(b -> titles.add(b.at("/title").asText()));
            next = page.json().has("next") ? page.at("/next").asText() : null;
        } while (next != null);
        assertThat(titles).containsExactly("job 7", "job 6", "job 5", "job 4", "job 3", "job 2", "job 1");

        String token = http.get("/msteams/users/bulk?page_size=3").at("/next").asText();
        assertThat(http.get("/msteams/users/bulk?page_size=2&next=" + q(token)).status()).isEqualTo(400);
        assertThat(http.get("/msteams/users/bulk?search=JOB%205").at("/results").asInt()).isEqualTo(1);
        assertThat(http.get("/msteams/users/bulk?filters=" + q("{\"status\":\"success\"}")).at("/results").asInt())
                .isEqualTo(7);
        assertThat(http.get("/msteams/users/bulk?filters=" + q("{\"status\":\"partial\"}")).at("/results").asInt())
                .isZero();
    }
}
