/** The search use case and its index port; plain Java, no framework or I/O types. */
package io.ordercenter.query.search.application;
