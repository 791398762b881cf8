package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 招商专员 at work, in Chinese and in English: find firms, record a new one with a contact,
 * export the list, open a project for it, log a visit and move it along the pipeline, on
 * its page and on the board. Each step checks what the user reads and takes the user
 * guide's screenshot.
 */
@ParameterizedClass
@EnumSource(Language.class)
class StaffE2E extends E2ETestBase {

	/** What the staff member types; each language run creates its own firm. */
	private final Typed typed;

	StaffE2E(Language lang) {
		super(lang);
		this.typed = (lang == Language.ZH) ? Typed.CHINESE : Typed.ENGLISH;
	}

	@Test
	void my_work_lists_the_follow_ups_that_are_due() {
		signIn("staff");
		assertThat(this.browser.text("welcome")).isEqualTo(t("home.welcome", "张伟"));
		open("my-work");
		// demo data: a land pre-review filing due a week ago, owned by staff
		assertThat(this.browser.gridRows("mywork-overdue"))
			.anySatisfy(row -> assertThat(row).contains("报送产能转移项目用地预审材料"));
		assertThat(this.browser.pageText()).contains(t("mywork.overdue"), t("mywork.upcoming"));
		screenshot("03-my-work");
	}

	@Test
	void a_name_search_finds_firms_by_the_start_of_their_chinese_or_english_name() {
		signIn("staff");
		open("investors");
		long all = this.browser.gridSize("investor-grid");
		assertThat(this.browser.text("investor-total")).isEqualTo(t("investor.total", all));

		this.browser.type("investor-search", "北汽");
		this.browser.await("the list filtered", () -> this.browser.gridSize("investor-grid") < all);
		List<List<String>> rows = this.browser.gridRows("investor-grid");
		assertThat(rows).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get(0).startsWith("北汽") || row.get(1).startsWith("BAIC")).isTrue());
		assertThat(this.browser.text("investor-total")).isEqualTo(t("investor.total", rows.size()));
		screenshot("04-investors-search");
	}

	@Test
	void a_group_shows_its_members_with_their_projects_and_investment() {
		signIn("staff");
		open("investors");
		this.browser.type("investor-search", "北京汽车集团");
		this.browser.clickCell("investor-grid", "北京汽车集团有限公司");
		List<List<String>> members = this.browser.gridRows("investor-group");
		assertThat(members).hasSizeGreaterThan(1);
		assertThat(members.get(0).get(0)).isEqualTo("北京汽车集团有限公司");
		// the totals line adds up what the group table lists
		int projects = members.stream().mapToInt(m -> Integer.parseInt(m.get(1))).sum();
		BigDecimal investment = members.stream().map(m -> amount(m.get(2))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(this.browser.text("group-totals"))
			.isEqualTo(t("investor.group.totals", members.size(), projects, money(investment)));
		this.browser.reveal(this.browser.byId("investor-group"));
		screenshot("05-investor-group");
	}

	@Test
	void staff_record_a_firm_with_a_contact_open_a_project_and_move_it_through_the_pipeline() {
		signIn("staff");
		createInvestor();
		addContact();
		exportTheList();
		long projectId = createProject();
		logActivity();
		moveStageOnThePage();
		moveStageOnTheBoard(projectId);
	}

	/**
	 * A new firm with a Chinese name; the credit code is checked before anything is
	 * saved.
	 */
	private void createInvestor() {
		open("investors");
		this.browser.click("investor-new");
		this.browser.type("investor-name-zh", this.typed.investorZh);
		this.browser.type("investor-name-en", this.typed.investorEn);
		// one character mistyped: the check character no longer matches
		this.browser.type("investor-uscc", this.typed.uscc.substring(0, 17) + "0");
		this.browser.click("investor-save");
		assertThat(this.browser.errorOf("investor-uscc")).isEqualTo(t("investor.error.uscc-invalid"));
		screenshot("06-investor-new");

		this.browser.type("investor-uscc", this.typed.uscc);
		this.browser.click("investor-save");
		this.browser.await("editor closed", () -> !this.browser.exists("investor-name-zh"));
		this.browser.await("the saved notice", () -> this.browser.notifications().contains(t("investor.saved")));

		this.browser.type("investor-search", this.typed.investorZh);
		this.browser.await("only the new firm listed", () -> this.browser.gridSize("investor-grid") == 1);
		List<String> row = this.browser.gridRows("investor-grid").get(0);
		assertThat(row.get(0)).isEqualTo(this.typed.investorZh);
		assertThat(row.get(1)).isEqualTo(this.typed.investorEn);
		assertThat(row).contains("张伟");
		assertThat(this.browser.text("investor-total")).isEqualTo(t("investor.total", 1));
	}

	private void addContact() {
		this.browser.clickCell("investor-grid", this.typed.investorZh);
		this.browser.type("contact-name", this.typed.contact);
		this.browser.type("contact-title", this.typed.contactTitle);
		this.browser.type("contact-phone", "13803170001");
		this.browser.click("contact-add");
		this.browser.await("contact listed", () -> this.browser.gridSize("investor-contacts") == 1);
		assertThat(this.browser.gridRows("investor-contacts").get(0)).startsWith(this.typed.contact,
				this.typed.contactTitle, "13803170001");
		assertThat(this.browser.byId("contact-name").findElement(By.tagName("input")).getDomProperty("value"))
			.isEmpty();
		this.browser.reveal(this.browser.byId("investor-contacts"));
		screenshot("07-investor-contacts");
		this.browser.closeDialog();
	}

	/**
	 * The whole list as .xlsx: as many rows as the list says, the new firm among them.
	 */
	private void exportTheList() {
		this.browser.type("investor-search", "");
		this.browser.await("whole list", () -> this.browser.gridSize("investor-grid") > 1);
		long total = this.browser.gridSize("investor-grid");
		assertThat(this.browser.text("investor-total")).isEqualTo(t("investor.total", total));
		this.browser.click("investor-export");
		Path file = this.browser.await("the .xlsx downloaded",
				() -> this.browser.downloads()
					.stream()
					.filter(f -> f.toString().endsWith(".xlsx"))
					.findFirst()
					.orElse(null));
		List<List<String>> sheet = readSheet(file);
		assertThat(sheet.get(0)).startsWith(t("investor.field.name-zh"), t("investor.field.name-en"),
				t("investor.field.uscc"));
		assertThat(sheet).hasSize((int) total + 1);
		assertThat(sheet)
			.anySatisfy(r -> assertThat(r).startsWith(this.typed.investorZh, this.typed.investorEn, this.typed.uscc));
	}

	/** Returns the new project's id (from the page's address). */
	private long createProject() {
		open("projects");
		assertThat(this.browser.text("project-total"))
			.isEqualTo(t("project.total", this.browser.gridSize("project-grid")));
		screenshot("08-projects");
		this.browser.click("project-new");
		this.browser.type("project-name", this.typed.project);
		this.browser.choose("project-investor", this.typed.investorZh);
		this.browser.type("project-investmentTotal", "50000");
		this.browser.type("project-landRequestedMu", "100");
		this.browser.type("project-annualOutput", "80000");
		this.browser.type("project-annualTax", "4000");
		// computed while typing: 50,000 万元 on 100 亩 = 500 万元 per 亩
		String perMu = " " + t("unit.wan-per-mu");
		assertThat(this.browser.text("project-derived")).isEqualTo(
				t("project.editor.derived", "500.00" + perMu, "800.00" + perMu, "40.00" + perMu, t("common.no")));
		this.browser.reveal(this.browser.byId("project-derived"));
		screenshot("09-project-new");
		this.browser.click("project-save");

		this.browser.await("the project page", () -> this.browser.currentPath().startsWith("/project/"));
		assertThat(this.browser.text("project-title"))
			.matches("ZS-\\d{4}-\\d{3} · " + Pattern.quote(this.typed.project));
		assertThat(this.browser.text("project-stage")).isEqualTo(t("project.stage.lead"));
		assertThat(this.browser.pageText()).contains(this.typed.investorZh, money(new BigDecimal("50000")),
				"500.00" + perMu);
		assertThat(this.browser.gridRows("project-timeline")).hasSize(1);
		screenshot("10-project-page");
		return Long.parseLong(this.browser.currentPath().substring("/project/".length()));
	}

	private void logActivity() {
		this.browser.click("project-log-activity");
		this.browser.choose("activity-type", t("activity.type.SITE_INSPECTION"));
		this.browser.type("activity-subject", this.typed.activity);
		this.browser.type("activity-participants", this.typed.participants);
		this.browser.type("activity-next-step", this.typed.nextStep);
		screenshot("11-log-activity");
		this.browser.click("activity-save");
		this.browser.await("activity listed", () -> this.browser.gridSize("project-activities") == 1);
		assertThat(this.browser.gridRows("project-activities").get(0)).contains(t("activity.type.SITE_INSPECTION"),
				this.typed.activity, this.typed.participants, this.typed.nextStep, "张伟");
	}

	/**
	 * The stage dialog enforces the rules (lost needs a reason), then moves and records.
	 */
	private void moveStageOnThePage() {
		this.browser.click("project-move");
		this.browser.choose("stage-target", t("project.stage.lost"));
		this.browser.click("stage-confirm");
		assertThat(this.browser.errorOf("stage-lost-reason")).isEqualTo(t("project.error.stage-lost-needs-reason"));

		this.browser.choose("stage-target", t("project.stage.site-visit"));
		this.browser.type("stage-note", this.typed.stageNote);
		screenshot("12-move-stage");
		this.browser.click("stage-confirm");
		this.browser.await("stage moved",
				() -> this.browser.text("project-stage").equals(t("project.stage.site-visit")));
		List<List<String>> timeline = this.browser.gridRows("project-timeline");
		assertThat(timeline).hasSize(2);
		assertThat(timeline).anySatisfy(r -> assertThat(r).containsSubsequence(t("project.stage.lead"),
				t("project.stage.site-visit"), "张伟", this.typed.stageNote));
		this.browser.reveal(this.browser.byId("project-timeline"));
		screenshot("13-timeline");
		// the move is in the project's change history, with the stage before and after
		this.browser.await("the move in the change history",
				() -> this.browser.gridRows("project-history")
					.stream()
					.anyMatch(r -> r.contains(t("audit.action.STAGE_CHANGE"))));
		this.browser.reveal(this.browser.byId("project-history"));
		screenshot("67-project-history");
	}

	/**
	 * Drag the card to the next column: the same dialog opens with that stage proposed.
	 */
	private void moveStageOnTheBoard(long projectId) {
		open("board");
		String card = "board-card-" + projectId;
		assertThat(this.browser.byId("board-SITE_VISIT").findElements(By.id(card))).hasSize(1);
		int visits = columnCount("SITE_VISIT");
		int talks = columnCount("NEGOTIATION");
		screenshot("14-board");

		this.browser.dragAndDrop(this.browser.byId(card), this.browser.byId("board-NEGOTIATION"));
		WebElement target = this.browser.byId("stage-target");
		assertThat(target.findElement(By.tagName("input")).getDomProperty("value"))
			.isEqualTo(t("project.stage.negotiation"));
		screenshot("15-board-move");
		this.browser.click("stage-confirm");
		this.browser.await("card moved",
				() -> this.browser.byId("board-NEGOTIATION").findElements(By.id(card)).size() == 1);
		assertThat(columnCount("SITE_VISIT")).isEqualTo(visits - 1);
		assertThat(columnCount("NEGOTIATION")).isEqualTo(talks + 1);

		this.browser.click(card);
		this.browser.await("project page", () -> this.browser.currentPath().equals("/project/" + projectId));
		assertThat(this.browser.text("project-stage")).isEqualTo(t("project.stage.negotiation"));
		assertThat(this.browser.gridRows("project-timeline")).hasSize(3);
	}

	/** The count in a board column's heading, "考察 (3)". */
	private int columnCount(String stage) {
		String heading = this.browser.byId("board-" + stage).findElement(By.tagName("h4")).getText();
		Matcher m = Pattern.compile("\\((\\d+)\\)$").matcher(heading.strip());
		assertThat(m.find()).as(heading).isTrue();
		return Integer.parseInt(m.group(1));
	}

	/** "600,000.00 万元" / "CNY 6,000.00 m" back to 万元. */
	private BigDecimal amount(String shown) {
		if (shown.isBlank()) {
			return BigDecimal.ZERO;
		}
		Matcher m = Pattern.compile("[\\d,]+(\\.\\d+)?").matcher(shown);
		assertThat(m.find()).as(shown).isTrue();
		BigDecimal value = new BigDecimal(m.group().replace(",", ""));
		return (this.lang == Language.ZH) ? value : value.movePointRight(2);
	}

	/** An amount in 万元 as the UI writes it in this language. */
	private String money(BigDecimal wanYuan) {
		DecimalFormat two = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return (this.lang == Language.ZH) ? two.format(wanYuan) + " 万元"
				: "CNY " + two.format(wanYuan.movePointLeft(2)) + " m";
	}

	private static List<List<String>> readSheet(Path file) {
		DataFormatter cells = new DataFormatter(Locale.ROOT);
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					values.add(cells.formatCellValue(row.getCell(c)));
				}
				rows.add(values);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(file + " is not a readable workbook", ex);
		}
		return rows;
	}

	/** What the staff member types in each language's run. */
	private record Typed(String investorZh, String investorEn, String uscc, String contact, String contactTitle,
			String project, String activity, String participants, String nextStep, String stageNote) {

		// valid GB 32100 codes (the 18th character is the check character)
		static final Typed CHINESE = new Typed("渤海智能装备（沧州）有限公司", "Bohai Intelligent Equipment (Cangzhou) Co., Ltd.",
				"91130900MA0E2E0014", "王海涛", "总经理", "渤海智能装备机器人减速器项目", "陪同考察汽车零部件产业园地块", "张伟、王海涛", "提交投资协议草案",
				"企业确认来沧考察");

		static final Typed ENGLISH = new Typed("渤海新材料科技（沧州）有限公司", "Bohai New Materials Technology (Cangzhou) Co., Ltd.",
				"91130900MA0E2E0027", "Wang Haitao", "General manager", "Bohai composite materials plant",
				"Site visit to the auto parts park", "Zhang Wei, Wang Haitao", "Send the draft investment agreement",
				"The firm confirmed a site visit");

	}

}
