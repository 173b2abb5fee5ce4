package org.loyaldesk.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body type: text in it that no database can keep is cleaned ({@link StorableText#of})
 * instead of refused. For what carries a customer's own message, which must never be lost over a
 * character nobody can see, as a mail is filed whatever it holds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CleanedText {
}
