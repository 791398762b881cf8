package cn.zhaoshang.crm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 园区运营方 of the auto parts park (op_auto) on their park's page, in Chinese and in English:
 * free land by zone, the matched projects ranked with their reasons, confirming the
 * signed project's reservation; and the pipeline park's operator typing the auto parts
 * park's address.
 */
@ParameterizedClass
@EnumSource(Language.class)
class ParkOperatorE2E extends E2ETestBase {

	/** The demo reservation waiting for op_auto: ZS-2026-003 北京瑞荣, signed, 60 亩. */
	private static final String PLOT = "AP-P-12";

	private static final String PROJECT = "ZS-2026-003";

	ParkOperatorE2E(Language lang) {
		super(lang);
	}

	@Test
	void the_operator_sees_free_land_by_zone_and_the_matched_projects_ranked_with_reasons() {
		signIn("op_auto");
		openOwnPark();
		assertThat(this.browser.text("park-tab-overview")).isEqualTo(t("park.tab.overview"));
		// the park's free land is what its zones have free
		BigDecimal free = area(this.browser.text("total-free").replace(t("park.field.available"), ""));
		List<List<String>> zones = this.browser.gridRows("park-zones");
		assertThat(zones).hasSize(3);
		BigDecimal byZone = zones.stream().map(z -> area(z.get(3))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(byZone).isEqualByComparingTo(free).isEqualByComparingTo("1420");
		screenshot("55-park-overview");

		this.browser.click("park-tab-tenants");
		List<List<String>> matched = this.browser.gridRows("matched-tenants");
		assertThat(matched).isNotEmpty();
		// best first: the scores go down
		List<Integer> scores = matched.stream().map(r -> Integer.parseInt(r.get(5))).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
		assertThat(matched.get(0).get(0)).startsWith("ZS-2026-004");
		// every project has its reasons under it, one line per criterion
		List<WebElement> reasons = this.browser.byId("matched-tenants").findElements(By.className("reason-list"));
		assertThat(reasons).hasSizeGreaterThanOrEqualTo(matched.size())
			.allSatisfy(list -> assertThat(list.findElements(By.className("reason"))).hasSizeGreaterThan(1));
		assertThat(reasons.get(0).getText()).isNotBlank();
		screenshot("56-matched-tenants");
	}

	/**
	 * The app keeps its state for the whole run: the run that finds the reservation
	 * waiting confirms it (with the guide's screenshots in both languages), the other run
	 * finds it confirmed.
	 */
	@Test
	void the_operator_confirms_the_signed_projects_reservation_and_the_park_totals_change() {
		signIn("op_auto");
		openOwnPark();
		this.browser.click("park-tab-allocations");
		if (confirmButton() == null) {
			assertConfirmed(this.lang);
			return;
		}
		assertTotals(this.lang, "140", "460");

		// asked first; cancelling changes nothing
		openConfirmation(this.lang);
		screenshot("57-confirm-allocation");
		clickDialogButton("cancel-button");
		assertTotals(this.lang, "140", "460");

		// the other language's screenshot of the same question
		Language other = (this.lang == Language.ZH) ? Language.EN : Language.ZH;
		switchTo(other);
		openConfirmation(other);
		screenshot(other, "57-confirm-allocation");
		clickDialogButton("confirm-button");
		this.browser.await("the confirmed notice",
				() -> this.browser.notifications().contains(other.t("allocation.confirmed", PLOT)));
		assertConfirmed(other);
		this.browser.reveal(this.browser.byId("total-reserved"));
		screenshot(other, "58-after-confirmation");

		switchTo(this.lang);
		assertConfirmed(this.lang);
		this.browser.reveal(this.browser.byId("total-reserved"));
		screenshot("58-after-confirmation");
	}

	@Test
	void another_parks_operator_typing_the_auto_parts_parks_address_is_sent_back_to_their_own_park() {
		signIn("op_auto");
		String address = openOwnPark();
		signOut();

		signIn("op_pipeline");
		open(address);
		this.browser.await("back on the park list", () -> this.browser.currentPath().equals("/parks"));
		assertThat(this.browser.notifications()).contains(t("error.access-denied"));
		List<List<String>> parks = this.browser.gridRows("park-grid");
		assertThat(parks).hasSize(1);
		assertThat(parks.get(0).get(0))
			.isEqualTo((this.lang == Language.ZH) ? "高端管道装备产业园" : "High-end Pipeline Equipment Industrial Park");
		assertThat(this.browser.pageText()).doesNotContain(PLOT, PROJECT, autoParts());
		screenshot("59-other-park-refused");
	}

	/** From the park list (one row: their own) to the park page; returns its address. */
	private String openOwnPark() {
		open("parks");
		List<List<String>> parks = this.browser.gridRows("park-grid");
		assertThat(parks).hasSize(1);
		this.browser.clickCell("park-grid", autoParts());
		this.browser.await("the park page", () -> this.browser.currentPath().startsWith("/park/"));
		assertThat(this.browser.pageText()).contains(autoParts());
		return this.browser.currentPath().substring(1);
	}

	private void openConfirmation(Language in) {
		WebElement confirm = this.browser.await("the confirm button", this::confirmButton);
		assertThat(confirm.getText().strip()).isEqualTo(in.t("allocation.action.confirm"));
		this.browser.click(confirm);
		WebElement dialog = this.browser.find(By.cssSelector("vaadin-confirm-dialog#allocation-confirm[opened]"));
		assertThat(this.browser.deepText(dialog)).contains(in.t("allocation.confirm.title"))
			.contains(PLOT, PROJECT, "北京瑞荣");
	}

	private void clickDialogButton(String slot) {
		WebElement dialog = this.browser.find(By.cssSelector("vaadin-confirm-dialog#allocation-confirm[opened]"));
		this.browser.click(dialog.findElement(By.cssSelector("[slot=" + slot + "]")));
		this.browser.await("dialog closed",
				() -> this.browser.driver
					.findElements(By.cssSelector("vaadin-confirm-dialog#allocation-confirm[opened]"))
					.isEmpty());
	}

	/** Switches the UI language from the menu and comes back to the reservations. */
	private void switchTo(Language to) {
		// the confirmation notice covers the menu's foot for a few seconds
		this.browser.await("no notice over the menu", () -> this.browser.notifications().isEmpty());
		this.browser.click(to.switchId);
		this.browser.await("the page in " + to,
				() -> this.browser.text("park-tab-allocations").equals(to.t("park.tab.allocations")));
		this.browser.click("park-tab-allocations");
	}

	/** The AP-P-12 row's confirm button, or null once it is confirmed. */
	private WebElement confirmButton() {
		return planRow().findElements(By.className("confirm-allocation")).stream().findFirst().orElse(null);
	}

	/**
	 * The row of the reservations table for AP-P-12 (its cells are the grid's light DOM
	 * content, in column order).
	 */
	private WebElement planRow() {
		WebElement grid = this.browser.byId("park-allocations");
		List<List<String>> rows = this.browser.gridRows("park-allocations");
		int index = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get(0).equals(PLOT) && rows.get(i).get(1).startsWith(PROJECT)) {
				index = i;
			}
		}
		assertThat(index).as(PLOT + " for " + PROJECT + " listed").isNotNegative();
		// the actions are the last column
		return (WebElement) this.browser.js("""
				const grid = arguments[0], index = arguments[1];
				const row = [...grid.shadowRoot.querySelectorAll('#items [part~="row"]')].find(r => r.index === index);
				const cells = [...row.querySelectorAll('[part~="cell"]')];
				return cells[cells.length - 1].querySelector('slot').assignedElements()[0];
				""", grid, index);
	}

	private void assertConfirmed(Language in) {
		assertTotals(in, "80", "520");
		List<String> row = this.browser.gridRows("park-allocations")
			.stream()
			.filter(r -> r.get(0).equals(PLOT) && r.get(1).startsWith(PROJECT))
			.findFirst()
			.orElseThrow();
		assertThat(row).contains(in.t("allocation.status.confirmed"));
		assertThat(String.join(" ", row)).contains("赵敏");
		assertThat(confirmButton()).isNull();
	}

	/** The park's reserved and allocated land at the top of the page. */
	private void assertTotals(Language in, String reservedMu, String allocatedMu) {
		this.browser.await("reserved " + reservedMu + ", allocated " + allocatedMu,
				() -> area(this.browser.text("total-reserved")).compareTo(new BigDecimal(reservedMu)) == 0
						&& area(this.browser.text("total-allocated")).compareTo(new BigDecimal(allocatedMu)) == 0);
		assertThat(this.browser.text("total-reserved")).contains(in.t("park.field.reserved"),
				reservedMu + ".00 " + ((in == Language.ZH) ? "亩" : "mu"));
		assertThat(this.browser.text("total-allocated")).contains(in.t("park.field.allocated"),
				allocatedMu + ".00 " + ((in == Language.ZH) ? "亩" : "mu"));
	}

	/** "1,420.00 亩" / "1,420.00 mu (94.67 ha)" (after a label, if any) to 亩. */
	private static BigDecimal area(String shown) {
		Matcher m = Pattern.compile("([\\d,]+\\.\\d{2}) (亩|mu)").matcher(shown);
		assertThat(m.find()).as(shown).isTrue();
		return new BigDecimal(m.group(1).replace(",", ""));
	}

	private String autoParts() {
		return (this.lang == Language.ZH) ? "汽车零部件产业园" : "Auto Parts Industrial Park";
	}

}
