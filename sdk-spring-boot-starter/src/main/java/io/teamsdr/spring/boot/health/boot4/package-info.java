/**
 * The health adapter for Spring Boot 4 ({@code org.springframework.boot.health.contributor}); imported by
 * {@link io.teamsdr.spring.boot.TeamsdrHealthAutoConfiguration} only when that API is present.
 */
package io.teamsdr.spring.boot.health.boot4;
