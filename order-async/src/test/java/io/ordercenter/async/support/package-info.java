/** Test data and helpers shared by unit and integration tests. */
package io.ordercenter.async.support;
