/**
 * What every module may use: the audited entity base, domain exceptions mapped to error
 * pages, paging helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.socle.shared;

import org.springframework.modulith.ApplicationModule;
