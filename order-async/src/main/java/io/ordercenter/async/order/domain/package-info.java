/** The facts of an order that delayed work decides on. */
package io.ordercenter.async.order.domain;
