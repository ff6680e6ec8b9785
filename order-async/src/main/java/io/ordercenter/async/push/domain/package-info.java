/** Which state changes are pushed to whom, with deterministic notification ids. */
package io.ordercenter.async.push.domain;
