/**
 * Associations (NGOs) that manage establishments. Managers belong to one.
 */
@ApplicationModule
package org.socle.organisation;

import org.springframework.modulith.ApplicationModule;
