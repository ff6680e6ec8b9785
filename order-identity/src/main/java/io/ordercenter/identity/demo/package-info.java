/**
 * The demo token endpoint for people in the local and cluster runs ({@code ./ordercenter token}),
 * off unless {@code OC_IDENTITY_DEMO_SECRET} is set.
 */
package io.ordercenter.identity.demo;
