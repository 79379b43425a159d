package io.teamsdr.spring.boot;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks the teamsdr secrets ({@code teamsdr.fusion.token}, {@code teamsdr.fusion.password},
 * {@code teamsdr.vsxi.password}) in the actuator's {@code env} and {@code configprops} output, even when
 * {@code management.endpoint.env.show-values} or {@code configprops.show-values} reveal other values;
 * and, since such secrets usually arrive through variables ({@code token: ${FUSION_TOKEN}}), every other
 * property or variable whose name ends in {@code password} or {@code token}, too.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class TeamsdrSanitizingAutoConfiguration {

    /** Creates the auto-configuration. */
    public TeamsdrSanitizingAutoConfiguration() {
    }

    /**
     * The function that masks the teamsdr secrets.
     *
     * @return the sanitizing function
     */
    @Bean
    public SanitizingFunction teamsdrSecretsSanitizingFunction() {
        return TeamsdrSanitizingAutoConfiguration::mask;
    }

    static SanitizableData mask(SanitizableData data) {
        String key = data.getLowerCaseKey();
        if (isTeamsdrSecret(key)) {
            return data.withValue(SanitizableData.SANITIZED_VALUE);
        }
        return data;
    }

    private static boolean isTeamsdrSecret(String key) {
        String relaxed = key.replace("-", "").replace("_", ".").toLowerCase(Locale.ROOT);
        return relaxed.endsWith("password") || relaxed.endsWith("token");
    }
}
