/**
 * Health of the Fusion and VSXi platforms: {@link io.teamsdr.spring.boot.health.PlatformProbe} reads and
 * classifies, {@link io.teamsdr.spring.boot.health.TeamsdrHealthIndicator} reports to the actuator.
 */
package io.teamsdr.spring.boot.health;
