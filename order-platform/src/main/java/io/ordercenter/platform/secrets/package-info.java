/**
 * The start-up check of the prod profile: secrets that are missing, shorter than their minimum or look like
 * a placeholder stop the process with a message naming the variable.
 */
package io.ordercenter.platform.secrets;
