/** The demo webshop's front page, which carries the chat widget. */
package org.loyaldesk.demo.web;
