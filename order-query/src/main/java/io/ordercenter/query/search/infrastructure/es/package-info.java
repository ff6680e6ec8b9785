/** Elasticsearch 8.19 through the 8.19 Java client on the low-level REST client: queries, settings, health. */
package io.ordercenter.query.search.infrastructure.es;
