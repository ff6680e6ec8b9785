/** The gateway application: the one public entry point in front of the three services. */
package io.ordercenter.gateway;
