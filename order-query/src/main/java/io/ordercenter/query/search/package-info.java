/** Support's phone-prefix search over the Elasticsearch index of orders. */
package io.ordercenter.query.search;
