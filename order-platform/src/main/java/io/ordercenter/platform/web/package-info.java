/** Shared web pieces: problem+json bodies (RFC 9457, with the stable code) and JSON as the only body format. */
package io.ordercenter.platform.web;
