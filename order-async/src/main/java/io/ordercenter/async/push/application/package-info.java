/** The push concern and its port to the push service. */
package io.ordercenter.async.push.application;
