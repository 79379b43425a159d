package io.teamsdr.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code management.health.teamsdr.enabled} is true, or unset and
 * {@code management.health.defaults.enabled} is not false: the rule of Spring Boot's own health
 * indicators, kept here because its annotation moved between Boot 3 and Boot 4.
 */
class OnTeamsdrHealthEnabledCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        Boolean own = environment.getProperty("management.health.teamsdr.enabled", Boolean.class);
        if (own != null) {
            return new ConditionOutcome(own, "management.health.teamsdr.enabled is " + own);
        }
        boolean defaults = environment.getProperty("management.health.defaults.enabled", Boolean.class, true);
        return new ConditionOutcome(defaults, "management.health.defaults.enabled is " + defaults);
    }
}
