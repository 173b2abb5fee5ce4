/** Recognises mail no person wrote (auto-replies, bounces, lists, our own mail coming back) so it is never answered automatically. */
package org.loyaldesk.channel.email.automatic;
