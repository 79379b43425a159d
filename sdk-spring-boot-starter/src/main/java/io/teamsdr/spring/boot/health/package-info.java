/**
 * Health of the Fusion and VSXi platforms, independent of the Spring Boot version:
 * {@link io.teamsdr.spring.boot.health.PlatformProbe} reads and classifies; the adapters in
 * {@code boot3} and {@code boot4} report to the actuator of that Boot version.
 */
package io.teamsdr.spring.boot.health;
