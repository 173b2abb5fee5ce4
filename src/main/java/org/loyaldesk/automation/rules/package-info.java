/**
 * Rules: when something happens to a conversation (or time passes), if it matches conditions on its fields and
 * signals, then act on it; tried on recent conversations before they are switched on, and explained in the timeline.
 */
package org.loyaldesk.automation.rules;
