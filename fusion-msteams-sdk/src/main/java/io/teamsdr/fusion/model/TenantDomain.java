package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The domain created on Microsoft 365 for the Fusion integration.
 *
 * @param name the domain name
 * @param verified whether Microsoft has verified the domain
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantDomain(String name, boolean verified) {
}
