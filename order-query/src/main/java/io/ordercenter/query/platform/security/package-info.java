/** Bearer-token (JWT) authentication and the {@link io.ordercenter.contracts.Caller} of a request. */
package io.ordercenter.query.platform.security;
