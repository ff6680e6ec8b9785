/**
 * Bearer-token security of the admin API, and the SYSTEM token order-async presents to order-trade
 * (client credentials from the identity provider; a development token in the local and test runs).
 */
package io.ordercenter.async.platform.security;
