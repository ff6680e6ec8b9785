/** The adapters of the stats port. */
package io.ordercenter.query.stats.infrastructure;
