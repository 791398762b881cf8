package cn.zhaoshang.crm.ui.project;

import java.util.Map;

import cn.zhaoshang.crm.fulfilment.Commitment;
import cn.zhaoshang.crm.fulfilment.CommitmentForm;
import cn.zhaoshang.crm.fulfilment.Fulfilment;
import cn.zhaoshang.crm.fulfilment.FulfilmentService;
import cn.zhaoshang.crm.project.ProjectDetail;
import cn.zhaoshang.crm.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * The commitments of a signed project's contract. A first record starts from the
 * project's own figures.
 */
class CommitmentDialog extends Dialog {

	final DatePicker contractDate = new DatePicker();

	final BigDecimalField investment = new BigDecimalField();

	final BigDecimalField fixedAssets = new BigDecimalField();

	final BigDecimalField buildingArea = new BigDecimalField();

	final DatePicker constructionStart = new DatePicker();

	final DatePicker productionDate = new DatePicker();

	final BigDecimalField output = new BigDecimalField();

	final BigDecimalField tax = new BigDecimalField();

	final IntegerField jobs = new IntegerField();

	final Button save = new Button();

	CommitmentDialog(FulfilmentService fulfilment, Fulfilment current, @Nullable ProjectDetail project,
			Runnable onSaved) {
		setHeaderTitle(getTranslation("fulfilment.action.commitments"));
		setWidth("min(720px, 96vw)");
		this.contractDate.setLabel(getTranslation("fulfilment.field.contract-date"));
		this.investment.setLabel(getTranslation("fulfilment.field.investment"));
		this.fixedAssets.setLabel(getTranslation("fulfilment.field.fixed-assets"));
		this.buildingArea.setLabel(getTranslation("fulfilment.field.building-area"));
		this.constructionStart.setLabel(getTranslation("fulfilment.field.construction-start"));
		this.productionDate.setLabel(getTranslation("fulfilment.field.production-date"));
		this.output.setLabel(getTranslation("fulfilment.field.output"));
		this.tax.setLabel(getTranslation("fulfilment.field.tax"));
		this.jobs.setLabel(getTranslation("fulfilment.field.jobs"));
		Commitment c = current.commitment();
		if (c != null) {
			this.contractDate.setValue(c.contractDate());
			this.investment.setValue(c.investment());
			this.fixedAssets.setValue(c.fixedAssetInvestment());
			this.buildingArea.setValue(c.buildingAreaM2());
			this.constructionStart.setValue(c.constructionStart());
			this.productionDate.setValue(c.productionDate());
			this.output.setValue(c.annualOutput());
			this.tax.setValue(c.annualTax());
			this.jobs.setValue(c.jobs());
		}
		else if (project != null) {
			this.investment.setValue(project.investmentTotal());
			this.fixedAssets.setValue(project.fixedAssetInvestment());
			this.buildingArea.setValue(project.buildingAreaM2());
			this.output.setValue(project.annualOutput());
			this.tax.setValue(project.annualTax());
			this.jobs.setValue(project.jobs());
		}
		int version = (c != null) ? c.version() : 0;
		add(new FormLayout(this.contractDate, this.investment, this.fixedAssets, this.buildingArea,
				this.constructionStart, this.productionDate, this.output, this.tax, this.jobs));
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> {
			try {
				fulfilment.saveCommitments(new CommitmentForm(current.projectId(), version,
						this.contractDate.getValue(), this.investment.getValue(), this.fixedAssets.getValue(),
						this.buildingArea.getValue(), this.constructionStart.getValue(), this.productionDate.getValue(),
						this.output.getValue(), this.tax.getValue(), this.jobs.getValue()));
				close();
				onSaved.run();
			}
			catch (DomainException ex) {
				FormErrors.show(this, ex,
						Map.of("investment", this.investment, "fixedAssetInvestment", this.fixedAssets,
								"buildingAreaM2", this.buildingArea, "annualOutput", this.output, "annualTax", this.tax,
								"jobs", this.jobs),
						Map.of("fulfilment.error.production-before-start", this.productionDate), this.contractDate);
			}
		});
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), this.save);
	}

}
