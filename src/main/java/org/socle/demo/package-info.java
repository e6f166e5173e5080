/**
 * Demo data: organisations, users, establishments, beneficiaries, care records and
 * assessments that make a fresh installation show something real. The only module that
 * knows the demo rows; it seeds the others through their APIs, or in SQL where thousands
 * of rows must load in seconds (the one declared exception to the cross-module read
 * rule). Nothing depends on it.
 */
@ApplicationModule
package org.socle.demo;

import org.springframework.modulith.ApplicationModule;
