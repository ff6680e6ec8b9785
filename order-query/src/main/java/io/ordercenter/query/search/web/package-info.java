/** HTTP endpoint of the search. */
package io.ordercenter.query.search.web;
