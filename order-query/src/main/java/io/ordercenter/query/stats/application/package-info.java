/** The stats use case and its port; plain Java, no framework or I/O types. */
package io.ordercenter.query.stats.application;
