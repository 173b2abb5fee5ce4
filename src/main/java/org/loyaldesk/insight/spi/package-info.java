/**
 * Extension points of insight: modules that depend on insight add to its dashboards without insight knowing them.
 */
@NamedInterface("spi")
package org.loyaldesk.insight.spi;

import org.springframework.modulith.NamedInterface;
