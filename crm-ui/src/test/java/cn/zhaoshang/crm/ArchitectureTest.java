package cn.zhaoshang.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering every feature keeps: Vaadin only in the UI, no SQL in views, no cycles.
 */
@AnalyzeClasses(packages = "cn.zhaoshang.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule only_the_ui_uses_vaadin = noClasses().that()
		.resideOutsideOfPackage("cn.zhaoshang.crm.ui..")
		.and()
		.doNotHaveFullyQualifiedName(Application.class.getName())
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.vaadin..");

	@ArchTest
	static final ArchRule views_use_services_not_sql = noClasses().that()
		.resideInAPackage("cn.zhaoshang.crm.ui..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jooq..", "cn.zhaoshang.crm.db..");

	/**
	 * Views render text, which Vaadin escapes; none builds HTML from strings (no Html
	 * component, no innerHTML), so user text can never become markup.
	 */
	@ArchTest
	static final ArchRule views_render_text_not_html = noClasses().that()
		.resideInAPackage("cn.zhaoshang.crm.ui..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("com.vaadin.flow.component.Html")
		.because("user text must never be rendered as HTML (see also EscapingTest)");

	/** Views read and write through services; the audit trail's writer is not theirs. */
	@ArchTest
	static final ArchRule views_do_not_write_the_audit_trail = noClasses().that()
		.resideInAPackage("cn.zhaoshang.crm.ui..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("cn.zhaoshang.crm.audit.AuditLog")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("cn.zhaoshang.crm.audit.AuditTrail");

	@ArchTest
	static final ArchRule features_do_not_form_cycles = slices().matching("cn.zhaoshang.crm.(*)..")
		.should()
		.beFreeOfCycles();

}
