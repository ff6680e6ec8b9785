/** Outcomes of writing orders to the search index. */
package io.ordercenter.async.search.domain;
