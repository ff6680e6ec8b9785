/** The orders index in Elasticsearch 8.19: client, index bootstrap, bulk writes with external versioning. */
package io.ordercenter.async.search.infrastructure.es;
