package org.socle.notification.mail;

/** An e-mail's subject, HTML body and its plain-text alternative. */
record ComposedMail(String subject, String html, String text) {

}
