/** Integration tests of order-async against the shared stack of real servers, with stubbed HTTP dependencies. */
package io.ordercenter.async.it;
