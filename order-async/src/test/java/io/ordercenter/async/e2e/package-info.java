/** End-to-end tests: a real order-trade process, this service, the simulator and the shared stack together. */
package io.ordercenter.async.e2e;
