/** problem+json answers (RFC 9457) with the API's stable error codes, for every failure of the admin API. */
package io.ordercenter.async.platform.web;
