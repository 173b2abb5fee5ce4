/** A spam score on every inbound message: Naive Bayes over words and a few structural signs, trained on the SpamAssassin corpus. */
package org.loyaldesk.channel.email.spam;
