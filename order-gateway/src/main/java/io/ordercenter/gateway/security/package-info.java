/** Bearer-token checks at the edge, with the shared decoder of order-platform. */
package io.ordercenter.gateway.security;
