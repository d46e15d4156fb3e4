/** Value objects and business exceptions used by two or more capabilities. */
package org.extranet.marketplace.shared;
