package org.loyaldesk.platform.web;

/**
 * Marks a controller of the settings screens (admins only): a form field it cannot read sends the
 * admin back to the form with a message ({@link AdminPageErrors}), as a mistake typed into it would.
 */
public interface AdminPage {
}
