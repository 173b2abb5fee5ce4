package org.loyaldesk.platform;

import java.util.List;

/**
 * One page of a list read with keyset pagination: {@code next} is an opaque cursor for the
 * page after this one, or null on the last page. Cost per page stays constant however deep
 * the reader goes, unlike OFFSET.
 */
public record KeysetPage<T>(List<T> items, String next) {
}
