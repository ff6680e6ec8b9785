/** The unpaid timeout and the reservation sweep, with their ports to order-trade and the reservation services. */
package io.ordercenter.async.timeout.application;
