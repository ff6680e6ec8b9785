/** JWT resource-server set-up and the typed caller (subject, roles, shop) that controllers check access with. */
package io.ordercenter.trade.platform.security;
