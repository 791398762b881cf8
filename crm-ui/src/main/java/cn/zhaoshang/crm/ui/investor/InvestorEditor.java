package cn.zhaoshang.crm.ui.investor;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.investor.ContactRow;
import cn.zhaoshang.crm.investor.GroupMember;
import cn.zhaoshang.crm.investor.GroupTree;
import cn.zhaoshang.crm.investor.InvestorDuplicate;
import cn.zhaoshang.crm.investor.InvestorForm;
import cn.zhaoshang.crm.investor.InvestorRef;
import cn.zhaoshang.crm.investor.InvestorService;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.investor.UnifiedSocialCreditCode;
import cn.zhaoshang.crm.reference.IndustryRef;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.ui.audit.HistoryGrid;
import cn.zhaoshang.crm.ui.base.Formats;
import cn.zhaoshang.crm.ui.base.NumberFields;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits one firm and its contacts. Field rules are checked here for quick
 * feedback and again in crm-core; a rule broken in crm-core is shown next to its field.
 */
class InvestorEditor extends Dialog {

	final TextField nameZh = new TextField();

	final TextField nameEn = new TextField();

	final TextField nameLocal = new TextField();

	final TextField uscc = new TextField();

	final TextField countryCode = new TextField();

	final ComboBox<Ownership> ownership = new ComboBox<>();

	final IntegerField fortune500Rank = new IntegerField();

	final Checkbox china500 = new Checkbox();

	final Checkbox existingTenant = new Checkbox();

	final Checkbox jingjinTransfer = new Checkbox();

	final TextField listedExchange = new TextField();

	final TextField listedTicker = new TextField();

	final TextField website = new TextField();

	final TextField address = new TextField();

	final TextArea notes = new TextArea();

	final ComboBox<InvestorRef> parent = new ComboBox<>();

	final ComboBox<IndustryRef> industry = new ComboBox<>();

	final ComboBox<LeadSource> source = new ComboBox<>();

	final TreeGrid<GroupMember> group = new TreeGrid<>();

	final Span duplicates = new Span();

	final Button save = new Button();

	final Grid<ContactRow> contacts = new Grid<>();

	final HistoryGrid history = new HistoryGrid(false);

	private final Binder<InvestorForm> binder = new Binder<>();

	private final InvestorService investors;

	private InvestorForm loaded;

	private final Map<String, HasValidation> fieldsByName;

	InvestorEditor(InvestorService investors, List<IndustryRef> industries, InvestorForm form,
			ComponentEventListener<SavedEvent> onSaved) {
		this.investors = investors;
		this.loaded = form;
		this.industry.setItems(industries);
		this.industry.setValue(industries.stream()
			.filter(i -> Long.valueOf(i.id()).equals(form.industryId()))
			.findFirst()
			.orElse(null));
		this.fieldsByName = Map.of("nameZh", this.nameZh, "nameEn", this.nameEn, "nameLocal", this.nameLocal,
				"listedExchange", this.listedExchange, "listedTicker", this.listedTicker, "website", this.website,
				"address", this.address, "notes", this.notes);
		setHeaderTitle(getTranslation((form.id() == null) ? "investor.editor.new" : "investor.editor.edit"));
		setWidth("min(960px, 96vw)");
		addListener(SavedEvent.class, onSaved);

		label();
		bind();
		this.binder.readBean(form);

		var layout = new FormLayout(this.nameZh, this.nameEn, this.nameLocal, this.uscc, this.countryCode, this.parent,
				this.industry, this.source, this.ownership, this.fortune500Rank, this.listedExchange, this.listedTicker,
				this.website, this.address, this.china500, this.existingTenant, this.jingjinTransfer, this.notes);
		layout.setColspan(this.notes, 2);
		this.duplicates.setId("investor-duplicates");
		this.duplicates.addClassName("duplicate-warning");
		add(layout, this.duplicates);
		if (form.id() != null) {
			add(groupSection(form.id()), contactsSection(form.id()), historySection(form.id()));
		}

		this.save.setId("investor-save");
		this.save.setText(getTranslation("action.save"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(click -> save());
		var cancel = new Button(getTranslation("action.cancel"), click -> close());
		getFooter().add(cancel, this.save);
		checkDuplicates();
	}

	private void label() {
		this.nameZh.setId("investor-name-zh");
		this.nameEn.setId("investor-name-en");
		this.uscc.setId("investor-uscc");
		this.countryCode.setId("investor-country");
		this.nameZh.setLabel(getTranslation("investor.field.name-zh"));
		this.nameEn.setLabel(getTranslation("investor.field.name-en"));
		this.nameLocal.setLabel(getTranslation("investor.field.name-local"));
		this.uscc.setLabel(getTranslation("investor.field.uscc"));
		this.uscc.setHelperText(getTranslation("investor.field.uscc.help"));
		this.countryCode.setLabel(getTranslation("investor.field.country"));
		this.ownership.setLabel(getTranslation("investor.field.ownership"));
		this.ownership.setItems(Ownership.values());
		this.ownership.setItemLabelGenerator(o -> getTranslation("ownership." + o.name()));
		this.fortune500Rank.setLabel(getTranslation("investor.field.fortune500"));
		this.fortune500Rank.setMin(1);
		this.fortune500Rank.setMax(500);
		NumberFields.explained(this.fortune500Rank);
		this.china500.setLabel(getTranslation("investor.flag.china500"));
		this.existingTenant.setLabel(getTranslation("investor.field.existing-tenant"));
		this.jingjinTransfer.setLabel(getTranslation("investor.field.jingjin"));
		this.listedExchange.setLabel(getTranslation("investor.field.exchange"));
		this.listedTicker.setLabel(getTranslation("investor.field.ticker"));
		this.website.setLabel(getTranslation("investor.field.website"));
		this.address.setLabel(getTranslation("investor.field.address"));
		this.notes.setLabel(getTranslation("investor.field.notes"));
		this.industry.setLabel(getTranslation("investor.field.industry"));
		this.industry.setItemLabelGenerator(i -> i.name(getLocale()));
		this.industry.setClearButtonVisible(true);
		this.source.setLabel(getTranslation("investor.field.source"));
		this.source.setItems(LeadSource.values());
		this.source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
		this.source.setClearButtonVisible(true);
		this.source.setValue(this.loaded.source());
		this.parent.setLabel(getTranslation("investor.field.parent"));
		this.parent.setItemLabelGenerator(InvestorRef::nameZh);
		this.parent.setClearButtonVisible(true);
		// lazy: the directory can hold many thousand firms
		this.parent.setItems(query -> this.investors.lookup(query.getFilter().orElse(""))
			.stream()
			.filter(ref -> !Long.valueOf(ref.id()).equals(this.loaded.id()))
			.skip(query.getOffset())
			.limit(query.getLimit()));
		Long parentId = this.loaded.parentId();
		if (parentId != null) {
			this.parent.setValue(new InvestorRef(parentId, this.investors.get(parentId).nameZh()));
		}
		this.nameZh.setValueChangeMode(ValueChangeMode.LAZY);
		this.nameZh.addValueChangeListener(e -> checkDuplicates());
		this.uscc.addValueChangeListener(e -> checkDuplicates());
	}

	private void bind() {
		String tooLong = getTranslation("validation.too-long.field", "", 200);
		this.binder.forField(this.nameZh)
			.asRequired(getTranslation("validation.required.field"))
			.withValidator(v -> v.strip().length() <= 200, tooLong)
			.bind(InvestorForm::nameZh, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.nameEn)
			.withValidator(v -> v.length() <= 200, tooLong)
			.bind(f -> nonNull(f.nameEn()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.nameLocal)
			.withValidator(v -> v.length() <= 200, tooLong)
			.bind(f -> nonNull(f.nameLocal()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.uscc)
			.withValidator(v -> v.isBlank() || UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalize(v)),
					getTranslation("investor.error.uscc-invalid"))
			.bind(f -> nonNull(f.uscc()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.countryCode)
			.asRequired(getTranslation("validation.required.field"))
			.withValidator(v -> v.strip().matches("[A-Za-z]{2}"), getTranslation("investor.error.country-invalid"))
			.bind(InvestorForm::countryCode, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.ownership).bind(InvestorForm::ownership, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.fortune500Rank)
			.withValidator(v -> v == null || (v >= 1 && v <= 500), getTranslation("investor.error.fortune500-range"))
			.bind(InvestorForm::fortune500Rank, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.china500).bind(InvestorForm::china500, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.existingTenant).bind(InvestorForm::existingTenant, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.jingjinTransfer).bind(InvestorForm::jingjinTransfer, InvestorEditor::readOnlyBinding);
		this.binder.forField(this.listedExchange)
			.bind(f -> nonNull(f.listedExchange()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.listedTicker).bind(f -> nonNull(f.listedTicker()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.website).bind(f -> nonNull(f.website()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.address).bind(f -> nonNull(f.address()), InvestorEditor::readOnlyBinding);
		this.binder.forField(this.notes).bind(f -> nonNull(f.notes()), InvestorEditor::readOnlyBinding);
		this.nameZh.setMaxLength(200);
		this.nameEn.setMaxLength(200);
		this.nameLocal.setMaxLength(200);
		this.uscc.setMaxLength(24);
		this.countryCode.setMaxLength(2);
		this.notes.setMaxLength(5000);
	}

	private void checkDuplicates() {
		if (this.nameZh.getValue().isBlank()) {
			this.duplicates.setText("");
			return;
		}
		List<InvestorDuplicate> similar = this.investors.duplicatesOf(this.nameZh.getValue(), this.uscc.getValue(),
				this.loaded.id());
		this.duplicates.setText(similar.isEmpty() ? "" : getTranslation("investor.editor.duplicates",
				similar.stream().map(InvestorDuplicate::nameZh).collect(Collectors.joining("、"))));
	}

	void save() {
		if (!this.binder.validate().isOk()) {
			return;
		}
		InvestorForm form = new InvestorForm(this.loaded.id(), this.loaded.version(), this.nameZh.getValue(),
				this.nameEn.getValue(), this.nameLocal.getValue(), this.uscc.getValue(),
				(this.parent.getValue() != null) ? this.parent.getValue().id() : null,
				(this.industry.getValue() != null) ? this.industry.getValue().id() : null, this.countryCode.getValue(),
				this.ownership.getValue(), this.fortune500Rank.getValue(), this.china500.getValue(),
				this.listedExchange.getValue(), this.listedTicker.getValue(), this.existingTenant.getValue(),
				this.jingjinTransfer.getValue(), this.loaded.ownerId(), this.website.getValue(),
				this.address.getValue(), this.notes.getValue(), this.source.getValue());
		try {
			long id = this.investors.save(form);
			fireEvent(new SavedEvent(this, id));
			close();
		}
		catch (DomainException ex) {
			if (!showAtField(ex)) {
				throw ex; // ErrorHandling shows it as a notification
			}
		}
	}

	/** A rule crm-core refused goes next to its field, in the user's language. */
	private boolean showAtField(DomainException ex) {
		HasValidation field = null;
		if (ex.messageKey().startsWith("investor.error.uscc")) {
			field = this.uscc;
		}
		else if (ex.messageKey().startsWith("validation.") && ex.arguments().length > 0) {
			field = this.fieldsByName.get(String.valueOf(ex.arguments()[0]));
		}
		if (field == null) {
			return false;
		}
		// next to the field its name is visible: use the short form of the message
		String key = ex.messageKey().startsWith("validation.") ? ex.messageKey() + ".field" : ex.messageKey();
		field.setErrorMessage(getTranslation(key, ex.arguments()));
		field.setInvalid(true);
		return true;
	}

	/** The group this firm belongs to, from the top, with each member's projects. */
	/**
	 * crm-core lists the group in tree order with depths; each member's parent is the
	 * last one a level up.
	 */
	private static TreeData<GroupMember> treeData(GroupTree tree) {
		TreeData<GroupMember> data = new TreeData<>();
		java.util.List<GroupMember> path = new java.util.ArrayList<>();
		for (GroupMember member : tree.members()) {
			while (path.size() > member.depth()) {
				path.removeLast();
			}
			data.addItem(path.isEmpty() ? null : path.getLast(), member);
			path.add(member);
		}
		return data;
	}

	private com.vaadin.flow.component.Component groupSection(long investorId) {
		GroupTree tree = this.investors.group(investorId);
		var title = new H3(getTranslation("investor.group.title"));
		this.group.setId("investor-group");
		this.group.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.group.setAllRowsVisible(true);
		this.group.addHierarchyColumn(GroupMember::nameZh)
			.setHeader(getTranslation("investor.field.name-zh"))
			.setFlexGrow(3);
		this.group.addColumn(GroupMember::projectCount)
			.setHeader(getTranslation("investor.field.projects"))
			.setAutoWidth(true);
		this.group.addColumn(m -> Formats.wanYuan(m.investmentTotal(), getLocale()))
			.setHeader(getTranslation("investor.group.investment"))
			.setAutoWidth(true);
		this.group.setTreeData(treeData(tree)); // one group: a handful of firms
		this.group.expandRecursively(this.group.getTreeData().getRootItems(), Integer.MAX_VALUE);
		var totals = new Span(getTranslation("investor.group.totals", tree.members().size(), tree.projectCount(),
				Formats.wanYuan(tree.investmentTotal(), getLocale())));
		totals.setId("group-totals");
		var section = new com.vaadin.flow.component.orderedlayout.VerticalLayout(title, this.group, totals);
		section.setPadding(false);
		return section;
	}

	/**
	 * The firm's audit trail: its own changes and those of its contacts and activities.
	 */
	private com.vaadin.flow.component.Component historySection(long investorId) {
		this.history.setId("investor-history");
		this.history.nameReferences(List::of, List::of, () -> this.industry.getListDataView().getItems().toList());
		this.history.setHeight("260px");
		this.history.show(page -> this.investors.changeHistory(investorId, page),
				() -> this.investors.changeHistoryCount(investorId));
		var section = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
				new H3(getTranslation("audit.history.title")), this.history);
		section.setPadding(false);
		return section;
	}

	private HorizontalLayout contactsSection(long investorId) {
		var title = new H3(getTranslation("contact.title"));
		this.contacts.setId("investor-contacts");
		this.contacts.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.contacts.setAllRowsVisible(true);
		this.contacts.addColumn(ContactRow::name).setHeader(getTranslation("contact.field.name"));
		this.contacts.addColumn(ContactRow::title).setHeader(getTranslation("contact.field.title"));
		this.contacts.addColumn(ContactRow::phone).setHeader(getTranslation("contact.field.phone"));
		this.contacts.addColumn(ContactRow::email).setHeader(getTranslation("contact.field.email"));
		this.contacts.addColumn(ContactRow::wechat).setHeader(getTranslation("contact.field.wechat"));
		this.contacts.addColumn(c -> c.primary() ? getTranslation("contact.field.primary") : "")
			.setHeader(getTranslation("contact.field.primary"));
		// a firm has a handful of contacts: the whole (small) list is one query
		this.contacts.setItems(this.investors.contacts(investorId));

		var name = new TextField(getTranslation("contact.field.name"));
		var role = new TextField(getTranslation("contact.field.title"));
		var phone = new TextField(getTranslation("contact.field.phone"));
		var email = new EmailField(getTranslation("contact.field.email"));
		var wechat = new TextField(getTranslation("contact.field.wechat"));
		var primary = new Checkbox(getTranslation("contact.field.primary"));
		name.setMaxLength(100);
		name.setId("contact-name");
		role.setId("contact-title");
		phone.setId("contact-phone");
		email.setId("contact-email");
		wechat.setId("contact-wechat");
		primary.setId("contact-primary");
		var add = new Button(getTranslation("contact.action.add"), click -> {
			if (name.getValue().isBlank()) {
				name.setErrorMessage(getTranslation("validation.required.field"));
				name.setInvalid(true);
				return;
			}
			try {
				this.investors.saveContact(new ContactRow(null, 0, investorId, name.getValue(), role.getValue(),
						phone.getValue(), email.getValue(), wechat.getValue(), primary.getValue()));
			}
			catch (DomainException ex) {
				HasValidation target = ex.messageKey().startsWith("contact.error.email") ? email : name;
				target.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
				target.setInvalid(true);
				return;
			}
			name.clear();
			role.clear();
			phone.clear();
			email.clear();
			wechat.clear();
			primary.clear();
			this.contacts.setItems(this.investors.contacts(investorId));
		});
		add.setId("contact-add");
		var form = new FormLayout(name, role, phone, email, wechat, primary, add);
		var section = new com.vaadin.flow.component.orderedlayout.VerticalLayout(title, this.contacts, form);
		section.setPadding(false);
		return new HorizontalLayout(section);
	}

	/**
	 * The binder only reads the loaded form and validates; save() builds the new record
	 * (a null setter would make every field read-only).
	 */
	private static void readOnlyBinding(InvestorForm form, @Nullable Object value) {
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

	/** Fired after a successful save, with the firm's id. */
	static class SavedEvent extends com.vaadin.flow.component.ComponentEvent<InvestorEditor> {

		private final long investorId;

		SavedEvent(InvestorEditor source, long investorId) {
			super(source, false);
			this.investorId = investorId;
		}

		long investorId() {
			return this.investorId;
		}

	}

}
