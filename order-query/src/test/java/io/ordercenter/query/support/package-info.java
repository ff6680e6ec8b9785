/** Test data and callers shared by the unit tests. */
package io.ordercenter.query.support;
