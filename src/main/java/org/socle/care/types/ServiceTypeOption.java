package org.socle.care.types;

/** A service type for selects and the catalogue list. */
public record ServiceTypeOption(long id, String code, String name, ServiceKind kind, boolean active, long version) {
}
