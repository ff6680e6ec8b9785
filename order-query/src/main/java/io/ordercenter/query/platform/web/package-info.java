/** problem+json answers (RFC 9457) and the parsing of query parameters into typed, validated values. */
package io.ordercenter.query.platform.web;
