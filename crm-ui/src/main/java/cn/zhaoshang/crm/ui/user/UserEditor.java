package cn.zhaoshang.crm.ui.user;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.zhaoshang.crm.park.ParkOverview;
import cn.zhaoshang.crm.park.ParkService;
import cn.zhaoshang.crm.security.PasswordPolicy;
import cn.zhaoshang.crm.security.Roles;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.user.UserAdminService;
import cn.zhaoshang.crm.user.UserForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits one user: name, e-mail, roles, park (for a park operator); a new
 * password; disable or enable. Every rule is crm-core's; a refusal is shown next to its
 * field. Changing roles, park or password, or disabling, ends the user's open sessions.
 */
class UserEditor extends Dialog {

	final TextField username = new TextField();

	final TextField displayName = new TextField();

	final EmailField email = new EmailField();

	final CheckboxGroup<String> roles = new CheckboxGroup<>();

	final ComboBox<ParkOverview> park = new ComboBox<>();

	final PasswordField password = new PasswordField();

	final Button save = new Button();

	final Button resetPassword = new Button();

	final Button toggleEnabled = new Button();

	private final UserAdminService users;

	private final UserForm loaded;

	private final Runnable onChanged;

	private final Map<String, HasValidation> fields;

	UserEditor(UserAdminService users, ParkService parks, UserForm form, boolean enabled, Runnable onChanged) {
		this.users = users;
		this.loaded = form;
		this.onChanged = onChanged;
		boolean creating = form.id() == null;
		setHeaderTitle(getTranslation(creating ? "user.editor.new" : "user.editor.edit"));
		setWidth("min(720px, 96vw)");
		this.fields = Map.of("username", this.username, "displayName", this.displayName, "email", this.email);

		// ids: what the browser suite selects by
		this.username.setId("user-username");
		this.displayName.setId("user-display-name");
		this.email.setId("user-email");
		this.roles.setId("user-roles");
		this.park.setId("user-park");
		this.password.setId("user-password");
		this.save.setId("user-save");
		this.resetPassword.setId("user-reset-password");
		this.toggleEnabled.setId("user-toggle-enabled");
		this.username.setLabel(getTranslation("user.field.username"));
		this.username.setHelperText(getTranslation("user.field.username.help"));
		this.username.setMaxLength(60);
		this.username.setRequiredIndicatorVisible(true);
		this.username.setValue((form.username() != null) ? form.username() : "");
		this.username.setReadOnly(!creating);
		this.displayName.setLabel(getTranslation("user.field.display-name"));
		this.displayName.setMaxLength(100);
		this.displayName.setRequiredIndicatorVisible(true);
		this.displayName.setValue((form.displayName() != null) ? form.displayName() : "");
		this.email.setLabel(getTranslation("user.field.email"));
		this.email.setMaxLength(200);
		this.email.setValue((form.email() != null) ? form.email() : "");
		this.roles.setLabel(getTranslation("user.field.roles"));
		this.roles.setItems(Roles.ALL);
		this.roles.setItemLabelGenerator(r -> getTranslation("role." + r));
		this.roles.setValue(form.roles());
		this.roles.setRequiredIndicatorVisible(true);
		this.park.setLabel(getTranslation("user.field.park"));
		this.park.setHelperText(getTranslation("user.field.park.help"));
		// the zone's four parks: reference data
		var allParks = parks.overview();
		this.park.setItems(allParks);
		this.park.setItemLabelGenerator(p -> "zh".equals(getLocale().getLanguage()) ? p.nameZh() : p.nameEn());
		this.park.setClearButtonVisible(true);
		allParks.stream()
			.filter(p -> Long.valueOf(p.id()).equals(form.parkId()))
			.findFirst()
			.ifPresent(this.park::setValue);
		this.park.setEnabled(form.roles().contains(Roles.PARK_OPERATOR));
		this.roles.addValueChangeListener(e -> {
			boolean operator = e.getValue().contains(Roles.PARK_OPERATOR);
			this.park.setEnabled(operator);
			if (!operator) {
				this.park.clear();
			}
		});
		this.password.setLabel(getTranslation(creating ? "user.field.password" : "user.field.new-password"));
		this.password.setHelperText(getTranslation("user.field.password.help", PasswordPolicy.MIN_LENGTH));
		this.password.setMaxLength(PasswordPolicy.MAX_LENGTH);

		var layout = new FormLayout(this.username, this.displayName, this.email, this.park, this.roles, this.password);
		layout.setColspan(this.roles, 2);
		add(layout);

		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		this.resetPassword.setText(getTranslation("user.action.reset-password"));
		this.resetPassword.addClickListener(click -> resetPassword());
		this.resetPassword.setVisible(!creating);
		this.toggleEnabled.setText(getTranslation(enabled ? "user.action.disable" : "user.action.enable"));
		this.toggleEnabled.addThemeVariants(enabled ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
		this.toggleEnabled.addClickListener(click -> toggleEnabled(enabled));
		this.toggleEnabled.setVisible(!creating);
		getFooter().add(this.toggleEnabled, this.resetPassword,
				new Button(getTranslation("action.cancel"), c -> close()), this.save);
	}

	void save() {
		clearErrors();
		UserForm form = new UserForm(this.loaded.id(), this.loaded.version(), this.username.getValue(),
				this.displayName.getValue(), this.email.getValue(), new HashSet<>(this.roles.getValue()),
				(this.park.getValue() != null) ? this.park.getValue().id() : null);
		attempt(() -> {
			if (form.id() == null) {
				this.users.create(form, this.password.getValue());
			}
			else {
				this.users.update(form);
			}
		}, "user.saved");
	}

	void resetPassword() {
		clearErrors();
		Long id = this.loaded.id();
		if (id != null) {
			attempt(() -> this.users.resetPassword(id, this.loaded.version(), this.password.getValue()),
					"user.password-reset");
		}
	}

	private void toggleEnabled(boolean enabled) {
		Long id = this.loaded.id();
		if (id != null) {
			attempt(() -> {
				if (enabled) {
					this.users.disable(id, this.loaded.version());
				}
				else {
					this.users.enable(id, this.loaded.version());
				}
			}, enabled ? "user.disabled" : "user.enabled");
		}
	}

	private void attempt(Runnable change, String doneKey) {
		try {
			change.run();
		}
		catch (ConcurrentEditException ex) {
			throw ex; // ErrorHandling: "changed by someone else, reload"
		}
		catch (DomainException ex) {
			show(ex);
			return;
		}
		Notification done = Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START);
		done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		close();
		this.onChanged.run();
	}

	/** A refusal next to the field it is about. */
	private void show(DomainException ex) {
		String key = ex.messageKey();
		HasValidation field = fieldFor(ex);
		String text = getTranslation(key.startsWith("validation.") ? key + ".field" : key, ex.arguments());
		if (field == null) {
			field = this.displayName;
		}
		field.setErrorMessage(text);
		field.setInvalid(true);
	}

	private @Nullable HasValidation fieldFor(DomainException ex) {
		String key = ex.messageKey();
		if (key.startsWith("validation.") && ex.arguments().length > 0) {
			return this.fields.get(String.valueOf(ex.arguments()[0]));
		}
		if (key.startsWith("user.error.username")) {
			return this.username;
		}
		if (key.startsWith("user.error.email")) {
			return this.email;
		}
		if (key.startsWith("user.error.password")) {
			return this.password;
		}
		if (key.startsWith("user.error.park")) {
			return this.park;
		}
		if (key.startsWith("user.error.role") || key.equals("user.error.self-demote")
				|| key.equals("user.error.last-admin")) {
			return this.roles;
		}
		return null;
	}

	private void clearErrors() {
		for (HasValidation field : new HasValidation[] { this.username, this.displayName, this.email, this.roles,
				this.park, this.password }) {
			field.setInvalid(false);
		}
	}

	/** For tests: the role set as the form shows it. */
	Set<String> selectedRoles() {
		return this.roles.getValue();
	}

}
