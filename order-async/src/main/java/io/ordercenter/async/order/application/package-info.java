/** The read-only port to the order copy. */
package io.ordercenter.async.order.application;
