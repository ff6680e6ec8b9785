/** How the benchmark reaches the local run: our HTTP APIs, a raw Redis connection, dev tokens, process stalls. */
package io.ordercenter.bench.client;
