/** HTTP dependencies (push, coupon, inventory, payment, order-trade), each behind its own guard. */
package io.ordercenter.async.platform.http;
