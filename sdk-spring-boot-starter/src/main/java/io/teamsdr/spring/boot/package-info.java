/**
 * Spring Boot auto-configuration of the teamsdr clients: {@code teamsdr.fusion.*} and
 * {@code teamsdr.vsxi.*} properties, builder customizers, Micrometer observations, health and the
 * masking of secrets in the actuator's output.
 */
package io.teamsdr.spring.boot;
