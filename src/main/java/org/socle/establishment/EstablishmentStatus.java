package org.socle.establishment;

public enum EstablishmentStatus {

	ACTIVE, SUSPENDED, CLOSED

}
