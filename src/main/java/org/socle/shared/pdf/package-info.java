/**
 * PDF documents from XHTML: one renderer with the bundled fonts and right-to-left Arabic,
 * for the one-person export and the quality reports.
 */
package org.socle.shared.pdf;
