/** Keyset paging shared by the order lists and search: positions, signed opaque cursors, pages. */
package io.ordercenter.query.platform.paging;
