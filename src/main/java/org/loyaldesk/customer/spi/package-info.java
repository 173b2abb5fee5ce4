/** Extension point: what other modules contribute to the customer 360. */
@NamedInterface("spi")
package org.loyaldesk.customer.spi;

import org.springframework.modulith.NamedInterface;
