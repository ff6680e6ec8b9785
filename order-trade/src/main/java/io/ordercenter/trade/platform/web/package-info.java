/** The one mapping from failures to RFC 9457 problem+json responses with stable codes. */
package io.ordercenter.trade.platform.web;
