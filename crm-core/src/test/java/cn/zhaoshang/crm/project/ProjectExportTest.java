package cn.zhaoshang.crm.project;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.db.Tables.PARK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.zhaoshang.crm.investor.IndustryCluster;
import cn.zhaoshang.crm.investor.Ownership;
import cn.zhaoshang.crm.shared.LeadSource;
import cn.zhaoshang.crm.shared.PageRequest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ProjectExportTest {

	@Autowired
	ProjectService projects;

	@Autowired
	DSLContext dsl;

	@Autowired
	UserDetailsService users;

	@Test
	@WithUserDetails("staff2")
	void staff_export_exactly_the_projects_they_may_see_with_number_cells() throws Exception {
		List<String> visible = this.projects.list(ProjectFilter.none(), PageRequest.first(500))
			.stream()
			.map(ProjectRow::code)
			.toList();
		var out = new ByteArrayOutputStream();
		int rows = this.projects.exportXlsx(ProjectFilter.none(), key -> "[" + key + "]", out);

		assertThat(rows).isEqualTo(visible.size()).isPositive();
		List<String> exported = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("[project.export.investment]");
			for (int r = 1; r <= rows; r++) {
				exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
				assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).startsWith("[project.stage.");
				if (sheet.getRow(r).getCell(4) != null) {
					assertThat(sheet.getRow(r).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
				}
			}
			assertThat(sheet.getLastRowNum()).isEqualTo(rows);
		}
		assertThat(exported).containsExactlyInAnyOrderElementsOf(visible);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("EXPORT").and(AUDIT_EVENT.ENTITY_TYPE.eq("project"))))
			.isPositive();
	}

	@Test
	@WithUserDetails("director")
	void a_code_named_project_stays_code_named_in_the_file() throws Exception {
		long autoParts = this.dsl.fetchValue(PARK.ID, PARK.CODE.eq("AUTO_PARTS"));
		long investor = this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京汽车集团有限公司"));
		this.projects.create(new ProjectForm(null, 0, "丰田汽车华北新能源基地", "Project 燕山", true, investor, null,
				new BigDecimal("500000"), null, null, new BigDecimal("2000"), null, autoParts, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, LeadSource.ALL_STAFF, null, null));

		UserDetails operator = this.users.loadUserByUsername("op_auto"); // reads the
																			// park's
																			// projects,
																			// no
																			// need-to-know
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(operator, null, operator.getAuthorities()));
		var out = new ByteArrayOutputStream();
		int rows = this.projects.exportXlsx(ProjectFilter.none(), key -> key, out);
		List<String> names = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= rows; r++) {
				names.add(sheet.getRow(r).getCell(1).getStringCellValue());
			}
		}
		assertThat(names).contains("Project 燕山").doesNotContain("丰田汽车华北新能源基地");
	}

	@Test
	@WithUserDetails("director")
	void the_list_filters_on_the_investor_and_the_industry_in_sql() {
		// 长安汽车 is a central SOE; 沧州现代摩比斯 is foreign-owned; both are Chinese companies
		List<ProjectRow> soe = this.projects.list(
				new ProjectFilter(null, null, null, null, null, null, null, null, null, Ownership.CENTRAL_SOE, null),
				PageRequest.first(100));
		assertThat(soe).extracting(ProjectRow::code).contains("ZS-2016-003").doesNotContain("ZS-2016-005");
		ProjectFilter foreign = new ProjectFilter(null, null, null, null, null, null, null, null, null,
				Ownership.FOREIGN, null);
		assertThat(this.projects.list(foreign, PageRequest.first(100))).extracting(ProjectRow::code)
			.contains("ZS-2016-005")
			.doesNotContain("ZS-2016-003");
		assertThat(this.projects.count(foreign)).isEqualTo(this.projects.list(foreign, PageRequest.first(100)).size());
		List<ProjectRow> chinese = this.projects.list(
				new ProjectFilter(null, null, null, null, null, null, null, null, null, null, "cn"),
				PageRequest.first(100));
		assertThat(chinese).extracting(ProjectRow::code).contains("ZS-2016-003", "ZS-2016-005");
		assertThat(
				this.projects.list(new ProjectFilter(null, null, null, null, null, null, null, null, null, null, "JP"),
						PageRequest.first(100)))
			.isEmpty();
		List<ProjectRow> traditional = this.projects.list(new ProjectFilter(null, null, null, null, null, null, null,
				null, IndustryCluster.TRADITIONAL, null, null), PageRequest.first(100));
		List<ProjectRow> auto = this.projects.list(
				new ProjectFilter(null, null, null, null, null, null, null, null, IndustryCluster.AUTO, null, null),
				PageRequest.first(100));
		assertThat(auto).extracting(ProjectRow::code).contains("ZS-2016-002", "ZS-2016-004");
		assertThat(traditional).extracting(ProjectRow::code).doesNotContain("ZS-2016-002", "ZS-2016-004");
		assertThat(auto.size() + traditional.size()).isLessThanOrEqualTo(this.projects.count(ProjectFilter.none()));
	}

}
