/** HTTP endpoints of the order reads. */
package io.ordercenter.query.order.web;
