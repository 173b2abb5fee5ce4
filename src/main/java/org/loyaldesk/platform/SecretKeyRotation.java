package org.loyaldesk.platform;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, seals secrets still stored in plain text (from before sealing existed). Started
 * with {@code --loyaldesk.rotate-secret-key=true} (Loyaldesk itself stopped), it makes a new key,
 * reseals every secret with it, forgets the old key and exits: the rotation command of the README.
 */
@Component
@Order(0)
class SecretKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyRotation.class);

    private final SecretBox box;
    private final List<SealedSecretStore> stores;
    private final boolean rotate;
    private final ConfigurableApplicationContext context;

    SecretKeyRotation(SecretBox box, List<SealedSecretStore> stores,
                      @Value("${loyaldesk.rotate-secret-key:false}") boolean rotate, ConfigurableApplicationContext context) {
        this.box = box;
        this.stores = stores;
        this.rotate = rotate;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rotate) {
            box.rotate();
        }
        int resealed = stores.stream().mapToInt(store -> store.resealAll(box)).sum();
        if (resealed > 0) {
            log.info("{} stored secrets sealed with key file {}", resealed, box.keyFile());
        }
        if (rotate) {
            box.forgetOldKeys();
            log.info("Secret key rotated: {} secrets resealed, the old key is forgotten. Exiting.", resealed);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
