/**
 * The demo network of API.md, produced by calling the real use cases (never by writing rows), so
 * that everything computed from it is real. Enabled only where `marketplace.demo.enabled` is true.
 */
package org.extranet.marketplace.demo;
