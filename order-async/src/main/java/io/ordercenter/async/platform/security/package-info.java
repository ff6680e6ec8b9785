/** Bearer-token security of the admin API, and the SYSTEM token order-async presents to order-trade. */
package io.ordercenter.async.platform.security;
