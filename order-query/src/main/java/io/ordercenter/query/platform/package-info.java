/** Cross-cutting adapters every feature uses: security, problem+json, dependency guards, paging cursors, Redis. */
package io.ordercenter.query.platform;
