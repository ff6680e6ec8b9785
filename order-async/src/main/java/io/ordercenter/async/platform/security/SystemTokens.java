package io.ordercenter.async.platform.security;

/** The bearer token (without the {@code Bearer } prefix) of order-async's SYSTEM identity. */
@FunctionalInterface
public interface SystemTokens {

    String bearer();
}
