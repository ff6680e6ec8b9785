/** Which public path goes to which service, and the problem+json answers the edge gives itself. */
package io.ordercenter.gateway.routing;
