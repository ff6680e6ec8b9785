/** Integration-test fixtures: the service on the shared real stack, an HTTP client, tokens and test data. */
package io.ordercenter.query.it;
