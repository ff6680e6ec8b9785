package io.ordercenter.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How bearer tokens are checked, {@code ordercenter.security.jwt.*}. Production names a JWK set
 * ({@code jwkSetUri}); only the local and test profiles set {@code hmacSecret}, the development key
 * that {@code ./ordercenter token} signs with.
 */
@ConfigurationProperties("ordercenter.security.jwt")
public record JwtProperties(String jwkSetUri, String hmacSecret) {}
