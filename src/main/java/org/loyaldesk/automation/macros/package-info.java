/**
 * Macros: canned replies in Dutch and English with placeholders, and the actions that go with them, applied by an
 * agent from the keyboard or by an integration through the API.
 */
package org.loyaldesk.automation.macros;
