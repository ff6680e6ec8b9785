/** Client-side load balancing (Spring Cloud LoadBalancer) over the configured, health-checked instances. */
package io.ordercenter.gateway.balancing;
