package cn.zhaoshang.crm.ui.project;

import java.time.LocalDateTime;

import cn.zhaoshang.crm.activity.ActivityForm;
import cn.zhaoshang.crm.activity.ActivityService;
import cn.zhaoshang.crm.activity.ActivityType;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Logs a visit, call, site inspection, ... or a follow-up with a due date. */
class LogActivityDialog extends Dialog {

	final ComboBox<ActivityType> type = new ComboBox<>();

	final TextField subject = new TextField();

	final DateTimePicker occurredAt = new DateTimePicker();

	final DatePicker dueDate = new DatePicker();

	final TextField participants = new TextField();

	final TextField nextStep = new TextField();

	final TextArea notes = new TextArea();

	final Button save = new Button();

	LogActivityDialog(ActivityService activities, long investorId, @Nullable Long projectId, Runnable onSaved) {
		setHeaderTitle(getTranslation("activity.action.log"));
		this.type.setId("activity-type");
		this.subject.setId("activity-subject");
		this.occurredAt.setId("activity-date");
		this.dueDate.setId("activity-due-date");
		this.participants.setId("activity-participants");
		this.nextStep.setId("activity-next-step");
		this.notes.setId("activity-notes");
		this.save.setId("activity-save");
		this.type.setLabel(getTranslation("activity.field.type"));
		this.type.setItems(ActivityType.values());
		this.type.setItemLabelGenerator(t -> getTranslation("activity.type." + t.name()));
		this.type.setValue(ActivityType.VISIT);
		this.subject.setLabel(getTranslation("activity.field.subject"));
		this.subject.setMaxLength(200);
		this.subject.setRequiredIndicatorVisible(true);
		this.occurredAt.setLabel(getTranslation("activity.field.date"));
		this.occurredAt.setValue(LocalDateTime.now().withSecond(0).withNano(0));
		this.dueDate.setLabel(getTranslation("activity.field.due-date"));
		this.participants.setLabel(getTranslation("activity.field.participants"));
		this.participants.setMaxLength(500);
		this.nextStep.setLabel(getTranslation("activity.field.next-step"));
		this.nextStep.setMaxLength(500);
		this.notes.setLabel(getTranslation("activity.field.notes"));
		this.notes.setMaxLength(5000);
		this.type.addValueChangeListener(e -> showDates(e.getValue()));
		showDates(this.type.getValue());
		var form = new FormLayout(this.type, this.subject, this.occurredAt, this.dueDate, this.participants,
				this.nextStep, this.notes);
		form.setColspan(this.notes, 2);
		add(form);

		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			ActivityType kind = this.type.getValue();
			if (kind == null || this.subject.getValue().isBlank()) {
				this.subject.setErrorMessage(getTranslation("validation.required.field"));
				this.subject.setInvalid(this.subject.getValue().isBlank());
				return;
			}
			try {
				activities.save(new ActivityForm(null, 0, investorId, projectId, kind, this.subject.getValue(),
						this.notes.getValue(), (kind == ActivityType.TASK) ? null : this.occurredAt.getValue(),
						this.participants.getValue(), this.nextStep.getValue(),
						(kind == ActivityType.TASK) ? this.dueDate.getValue() : null, false, null));
				close();
				onSaved.run();
			}
			catch (DomainException ex) {
				String text = getTranslation(
						ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey(),
						ex.arguments());
				HasValidation field = fieldFor(ex);
				field.setErrorMessage(text);
				field.setInvalid(true);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

	/** The field a refusal from crm-core is about. */
	private HasValidation fieldFor(DomainException ex) {
		String key = ex.messageKey();
		if (key.contains("due")) {
			return this.dueDate;
		}
		if (key.contains("date")) {
			return this.occurredAt;
		}
		String field = (ex.arguments().length > 0) ? String.valueOf(ex.arguments()[0]) : "";
		return switch (field) {
			case "notes" -> this.notes;
			case "participants" -> this.participants;
			case "nextStep" -> this.nextStep;
			default -> this.subject;
		};
	}

	private void showDates(@Nullable ActivityType kind) {
		boolean task = kind == ActivityType.TASK;
		this.dueDate.setVisible(task);
		this.occurredAt.setVisible(!task);
	}

}
