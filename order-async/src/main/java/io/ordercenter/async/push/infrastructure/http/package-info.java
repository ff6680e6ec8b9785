/** The push service over HTTP. */
package io.ordercenter.async.push.infrastructure.http;
