package org.loyaldesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic
@SpringBootApplication
public class Loyaldesk {
    public static void main(String[] args) {
        SpringApplication.run(Loyaldesk.class, args);
    }
}
