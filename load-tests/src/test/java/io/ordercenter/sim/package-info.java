/** Integration tests of the dependency simulator, over HTTP against a real instance on 127.0.0.1. */
package io.ordercenter.sim;
