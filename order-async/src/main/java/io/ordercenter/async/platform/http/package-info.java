/** HTTP dependencies (push, coupon, inventory, payment, order-trade load-balanced over its instances), each behind its own guard. */
package io.ordercenter.async.platform.http;
