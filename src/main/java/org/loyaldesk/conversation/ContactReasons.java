package org.loyaldesk.conversation;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Why customers contact us, as a list the team can edit in configuration. The codes are stable;
 * their labels come from the message bundles (key {@code reason.<code>}), falling back to the code.
 */
@Component
public class ContactReasons {

    private final List<String> codes;

    ContactReasons(@Value("${loyaldesk.contact-reasons:order-status,delivery,return-refund,payment,product-defect,"
        + "account,service-complaint,other}") List<String> codes) {
        this.codes = codes.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    public List<String> codes() {
        return codes;
    }
}
