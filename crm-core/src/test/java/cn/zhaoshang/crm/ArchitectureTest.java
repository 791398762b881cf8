package cn.zhaoshang.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.zhaoshang.crm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule core_does_not_use_vaadin = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.vaadin..");

	@ArchTest
	static final ArchRule features_do_not_form_cycles = slices().matching("cn.zhaoshang.crm.(*)..")
		.should()
		.beFreeOfCycles();

}
