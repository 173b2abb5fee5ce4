package org.loyaldesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries are part of the design: a dependency against the intended direction fails the build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Loyaldesk.class);

    @Test
    void modulesOnlyUseWhatTheyAreAllowedTo() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
