/** order-trade's expire endpoint and the reservation services over HTTP. */
package io.ordercenter.async.timeout.infrastructure.http;
