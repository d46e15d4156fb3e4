/** The database schema: Flyway migrations under db/migration, applied when the application starts. */
package org.extranet.marketplace.schema;
