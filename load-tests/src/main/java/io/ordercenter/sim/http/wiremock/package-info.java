/**
 * The HTTP server: WireMock (Jetty) on 127.0.0.1, one stub per route whose answer a response
 * transformer computes from the simulator's state, held back by WireMock's asynchronous delay.
 */
package io.ordercenter.sim.http.wiremock;
