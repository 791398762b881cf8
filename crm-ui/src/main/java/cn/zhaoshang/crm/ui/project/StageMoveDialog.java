package cn.zhaoshang.crm.ui.project;

import java.util.Arrays;
import java.util.function.IntConsumer;

import cn.zhaoshang.crm.project.ProjectService;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * Moves a project to another stage, from the project page and from the board alike. The
 * rules are crm-core's (StageRules); their refusal is shown next to the field it is
 * about.
 */
class StageMoveDialog extends Dialog {

	final ComboBox<Stage> target = new ComboBox<>();

	final TextArea note = new TextArea();

	final TextArea lostReason = new TextArea();

	final Button confirm = new Button();

	final SigningPanel signing;

	StageMoveDialog(ProjectService projects, SigningPanel signing, long projectId, int version, Stage current,
			@Nullable Stage proposed, IntConsumer onMoved) {
		this.signing = signing;
		setHeaderTitle(getTranslation("project.move.title"));
		var from = new Paragraph(getTranslation("project.move.from", getTranslation(current.messageKey())));
		this.target.setId("stage-target");
		this.note.setId("stage-note");
		this.lostReason.setId("stage-lost-reason");
		this.confirm.setId("stage-confirm");
		this.target.setLabel(getTranslation("project.move.to"));
		this.target.setItems(Arrays.stream(Stage.values()).filter(s -> s != current).toList());
		this.target.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		this.target.setRequiredIndicatorVisible(true);
		if (proposed != null && proposed != current) {
			this.target.setValue(proposed);
		}
		this.note.setLabel(getTranslation("project.move.note"));
		this.note.setMaxLength(1000);
		this.lostReason.setLabel(getTranslation("project.move.lost-reason"));
		this.lostReason.setMaxLength(500);
		this.lostReason.setVisible(this.target.getValue() == Stage.LOST);
		this.target.addValueChangeListener(e -> {
			this.lostReason.setVisible(e.getValue() == Stage.LOST);
			signing.show(current, e.getValue());
		});
		signing.show(current, this.target.getValue());
		add(from, new FormLayout(this.target, this.note, this.lostReason), signing);

		this.confirm.setText(getTranslation("project.move.confirm"));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(click -> {
			if (this.target.getValue() == null) {
				this.target.setErrorMessage(getTranslation("validation.required.field"));
				this.target.setInvalid(true);
				return;
			}
			try {
				this.signing.overrideReason.setInvalid(false);
				this.signing.overrideIfGiven();
				int newVersion = projects.moveStage(projectId, version, this.target.getValue(), this.note.getValue(),
						this.lostReason.getValue());
				close();
				onMoved.accept(newVersion);
			}
			catch (DomainException ex) {
				if (ex.messageKey().startsWith("admission.error.override-")
						&& !ex.messageKey().equals("admission.error.override-needed")) {
					return; // shown at the override reason
				}
				var field = ex.messageKey().contains("reason") ? this.lostReason
						: ex.messageKey().contains("note") ? this.note : null;
				String text = getTranslation(ex.messageKey(), ex.arguments());
				if (field != null) {
					field.setErrorMessage(text);
					field.setInvalid(true);
				}
				else {
					this.target.setErrorMessage(text);
					this.target.setInvalid(true);
				}
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.confirm);
	}

}
