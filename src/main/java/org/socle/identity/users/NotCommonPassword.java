package org.socle.identity.users;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password is not in the list of common passwords ({@link PasswordPolicy}); null is
 * valid (other constraints say whether it is required).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPassword.Validator.class)
public @interface NotCommonPassword {

	String message() default "{NotCommonPassword}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Created by Spring's validator factory, which injects the policy. */
	class Validator implements ConstraintValidator<NotCommonPassword, String> {

		private final PasswordPolicy policy;

		Validator(PasswordPolicy policy) {
			this.policy = policy;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !this.policy.isCommon(value);
		}

	}

}
