package org.socle.identity.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.socle.identity.Role;
import org.socle.identity.SocleUser;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token authenticates: the quickest check that a token works. */
@RestController
@Tag(name = "Account", description = "The caller's identity")
class MeController {

	@GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getMe", summary = "Who the token authenticates",
			description = "The token's owner (username, role, organisation for a manager) and the token's name. "
					+ "Every other endpoint applies this user's access rules.")
	@ApiResponse(responseCode = "200", description = "The caller",
			content = @Content(schema = @Schema(implementation = Me.class), examples = @ExampleObject(name = "manager",
					value = "{\"username\":\"manager\",\"role\":\"MANAGER\",\"organisationId\":12,\"token\":\"nightly sync\"}")))
	Me me(@AuthenticationPrincipal SocleUser user) {
		return new Me(user.getUsername(), user.role(), user.organisationId(), user.apiToken());
	}

	/** The caller of an API request. */
	@Schema(name = "Me", description = "The user a token authenticates")
	record Me(@Schema(description = "Login name", example = "manager") String username,
			@Schema(description = "Role, which decides what the token may read and do") Role role,
			@Schema(description = "The manager's organisation; null for auditors and admins",
					example = "12") Long organisationId,
			@Schema(description = "The name given to the token", example = "nightly sync") String token) {
	}

}
