/** The order read use cases and their ports; plain Java, no framework or I/O types. */
package io.ordercenter.query.order.application;
