/**
 * Web chat on the customer's own website: the widget's transport (visitors, lines, a live stream that
 * loses nothing across reconnects), the bot that answers from the knowledge base first, and the hand-over
 * to the agents' inbox (or to email when nobody is there) in one conversation. It sits above knowledge and
 * survey because the bot answers with articles and the widget asks the effort question after the chat.
 */
@ApplicationModule(allowedDependencies = { "platform", "customer", "conversation", "conversation::spi", "channel",
    "channel::spi", "knowledge", "survey", "text", "privacy" })
package org.loyaldesk.chat;

import org.springframework.modulith.ApplicationModule;
