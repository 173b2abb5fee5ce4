/** The REST endpoint that analyses a text on request, for integrations and for trying the analysis out. */
package org.loyaldesk.text.web;
