package org.socle.care.types;

import java.util.List;
import java.util.Locale;

import org.socle.shared.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The catalogue of care service types: read by every page that records or lists services,
 * changed by admins only ({@code /admin/**}).
 */
@Service
@Transactional(readOnly = true)
public class ServiceTypeCatalogue {

	private final ServiceTypeRepository types;

	ServiceTypeCatalogue(ServiceTypeRepository types) {
		this.types = types;
	}

	/** The types by code, names in the current language. */
	public List<ServiceTypeOption> types(boolean activeOnly) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.types.findAllByOrderByCode()
			.stream()
			.filter(t -> !activeOnly || t.isActive())
			.map(t -> new ServiceTypeOption(t.getId(), t.getCode(), t.name(locale), t.getKind(), t.isActive(),
					t.getVersion()))
			.toList();
	}

	/** Whether services of this type may be recorded. */
	public boolean isActive(long typeId) {
		return this.types.findById(typeId).filter(ServiceType::isActive).isPresent();
	}

	ServiceTypeForm typeForm(long id) {
		ServiceType type = this.types.findById(id).orElseThrow(() -> new NotFoundException("Service type", id));
		ServiceTypeForm form = new ServiceTypeForm();
		form.setCode(type.getCode());
		form.setNameFr(type.getNameFr());
		form.setNameAr(type.getNameAr());
		form.setNameEn(type.getNameEn());
		form.setKind(type.getKind());
		form.setActive(type.isActive());
		form.setVersion(type.getVersion());
		return form;
	}

	/**
	 * Creates ({@code id} null) or updates a type; a code already taken goes to errors.
	 */
	@Transactional
	void saveType(Long id, ServiceTypeForm form, Errors errors) {
		ServiceType type;
		if (id == null) {
			if (form.getCode() != null && this.types.findByCode(form.getCode()).isPresent()) {
				errors.rejectValue("code", "care.serviceType.codeTaken");
				return;
			}
			type = new ServiceType(form.getCode());
		}
		else {
			type = this.types.findById(id).orElseThrow(() -> new NotFoundException("Service type", id));
			type.checkVersion(form.getVersion());
		}
		type.update(form.getNameFr(), form.getNameAr(), form.getNameEn(), form.getKind(), form.isActive());
		this.types.save(type);
	}

}
