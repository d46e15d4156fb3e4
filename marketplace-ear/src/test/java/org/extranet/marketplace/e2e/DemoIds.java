// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

/** The fixed organization ids of the demo network (realm-config and the demo loader agree on them). */
public final class DemoIds {

  public static final String OPERATOR = "6f1c0a00-0000-4000-8000-000000000001";
  public static final String GLOBEX = "6f1c0a00-0000-4000-8000-000000000002";
  public static final String ACME = "6f1c0a00-0000-4000-8000-000000000003";
  public static final String NORTHWIND = "6f1c0a00-0000-4000-8000-000000000004";
  public static final String PENDING = "6f1c0a00-0000-4000-8000-000000000005";
  public static final String SHADY = "6f1c0a00-0000-4000-8000-000000000006";

  private DemoIds() {}
}
