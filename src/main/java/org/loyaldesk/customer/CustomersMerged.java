package org.loyaldesk.customer;

/**
 * Two records turned out to be the same person: everything of {@code duplicateId} now belongs
 * to {@code survivorId}. Published inside the merge transaction so that other modules move
 * their data in the same commit: a merge is never half done.
 */
public record CustomersMerged(long duplicateId, long survivorId) {
}
