/**
 * The health adapter for Spring Boot 3 ({@code org.springframework.boot.actuate.health}); imported by
 * {@link io.teamsdr.spring.boot.TeamsdrHealthAutoConfiguration} only when that API is present.
 */
package io.teamsdr.spring.boot.health.boot3;
