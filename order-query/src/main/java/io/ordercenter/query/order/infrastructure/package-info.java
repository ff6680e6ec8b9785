/** The adapters of the order ports, one per technology. */
package io.ordercenter.query.order.infrastructure;
