/** HTTP clients of the shop, menu, user, inventory, coupon and payment services, each behind its own guard. */
package io.ordercenter.trade.order.infrastructure.http;
