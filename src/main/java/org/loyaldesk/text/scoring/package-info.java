/** The machinery behind the text module's API: tokens, lexicons, feature hashing and linear models. */
package org.loyaldesk.text.scoring;
