/** The adapters of the search port. */
package io.ordercenter.query.search.infrastructure;
