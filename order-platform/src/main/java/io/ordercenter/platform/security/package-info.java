/** The typed caller (subject, roles, shop) read from the validated JWT of the current request. */
package io.ordercenter.platform.security;
