/**
 * Shared kernel: vocabulary every module speaks (language, channel, actor), the audit log,
 * problem details for API errors, internationalisation and keyset pagination.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.loyaldesk.platform;

import org.springframework.modulith.ApplicationModule;
