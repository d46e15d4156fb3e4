/** Portal dashboards of the metrics capability: charts and tables over {@code metrics} use cases. */
package org.extranet.marketplace.portal.metrics;
