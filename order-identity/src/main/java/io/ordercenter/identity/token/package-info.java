/** The OAuth2 side: Spring Authorization Server's endpoints, the registered clients and the claims of a token. */
package io.ordercenter.identity.token;
