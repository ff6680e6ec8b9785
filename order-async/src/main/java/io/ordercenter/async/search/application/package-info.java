/** The search-index concern: batched, version-guarded writes of order documents. */
package io.ordercenter.async.search.application;
