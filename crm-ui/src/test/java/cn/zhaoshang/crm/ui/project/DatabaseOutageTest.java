package cn.zhaoshang.crm.ui.project;

import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.PROJECT;
import static cn.zhaoshang.crm.db.Tables.PROJECT_STAGE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import cn.zhaoshang.crm.db.embedded.EmbeddedMariaDb;
import cn.zhaoshang.crm.project.Stage;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import cn.zhaoshang.crm.ui.base.DatabaseOutage;
import cn.zhaoshang.crm.ui.base.ErrorHandling;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away during work and comes back: the embedded MariaDB of this test
 * (its own, even when the other tests use a server) is killed or stopped, and started
 * again.
 * <ul>
 * <li>a stage move whose server dies between the project update and its history row
 * leaves neither behind (nor an audit row);</li>
 * <li>the tab shows one "database unavailable" banner, not an error per click;</li>
 * <li>when the server is back, the next poll clears the banner and the same move works,
 * without restarting the app.</li>
 * </ul>
 */
@TestPropertySource(
		properties = { "crm.db.url=", "crm.db.embedded.data-dir=target/outage-data", "crm.db.embedded.fresh=true" })
@WithUserDetails("staff")
@DirtiesContext
class DatabaseOutageTest extends BrowserlessTestBase {

	/**
	 * This test's own application context (own database) makes Vaadin install its
	 * security-context strategy JVM-wide; the other tests' context needs its own back.
	 */
	private static SecurityContextHolderStrategy othersStrategy;

	@BeforeAll
	static void rememberTheOtherContextsStrategy() {
		othersStrategy = SecurityContextHolder.getContextHolderStrategy();
	}

	@AfterAll
	static void giveItBack() {
		SecurityContextHolder.setContextHolderStrategy(othersStrategy);
	}

	@Autowired
	EmbeddedMariaDb database;

	@Autowired
	DSLContext dsl;

	@Autowired
	ErrorHandling errors;

	@Autowired
	KillSwitch killSwitch;

	@BeforeEach
	void handleErrorsAsTheAppDoes() {
		// browserless sessions skip the session-init listener that installs it
		VaadinSession.getCurrent().setErrorHandler(this.errors::handle);
	}

	@AfterEach
	void serverRunning() {
		this.killSwitch.disarm();
		if (!this.database.isRunning()) {
			this.database.startServer();
		}
	}

	@Test
	void a_stage_move_cut_off_by_the_outage_leaves_nothing_half_written_and_the_app_recovers() {
		long id = this.dsl.fetchValue(PROJECT.ID, PROJECT.CODE.eq("ZS-2016-002")); // staff's,
																					// at
																					// AGREEMENT
		Stage before = Stage.valueOf(this.dsl.fetchValue(PROJECT.STAGE, PROJECT.ID.eq(id)).getLiteral());
		int history = this.dsl.fetchCount(PROJECT_STAGE_CHANGE, PROJECT_STAGE_CHANGE.PROJECT_ID.eq(id));
		int audit = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(id));
		ProjectView view = navigate(ProjectView.class, id);

		// the server dies (killed, like a crash) after the project row was updated,
		// before
		// its history row was written
		this.killSwitch.armBefore("insert into `project_stage_change`", this.database::killServer);
		move(view, Stage.SIGNED, "签约");
		assertThat(this.database.isRunning()).isFalse();
		assertThat(DatabaseOutage.isShown(UI.getCurrent())).isTrue();
		assertThat(banners()).isEqualTo(1);

		// more clicks while it is away: still one banner, no error notifications
		move(view, Stage.SIGNED, "签约");
		assertThat(banners()).isEqualTo(1);
		assertThat(find(Notification.class).all()).isEmpty();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DatabaseOutage.POLL_MILLIS);

		// a poll while it is still away changes nothing
		poll();
		assertThat(DatabaseOutage.isShown(UI.getCurrent())).isTrue();

		this.database.startServer();
		// the tab's polls notice (the pool may need a poll or two to reconnect), the
		// banner goes; nothing restarted
		pollUntilRecovered();
		assertThat(banners()).isZero();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

		// nothing of the cut-off move survived: the stage, its history and audit as
		// before
		assertThat(Stage.valueOf(this.dsl.fetchValue(PROJECT.STAGE, PROJECT.ID.eq(id)).getLiteral())).isEqualTo(before);
		assertThat(this.dsl.fetchCount(PROJECT_STAGE_CHANGE, PROJECT_STAGE_CHANGE.PROJECT_ID.eq(id)))
			.isEqualTo(history);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(id))).isEqualTo(audit);

		// and the same move now works
		view = navigate(ProjectView.class, id);
		move(view, Stage.SIGNED, "签约");
		assertThat(view.stage.getText()).isEqualTo("合同签约");
		assertThat(this.dsl.fetchCount(PROJECT_STAGE_CHANGE, PROJECT_STAGE_CHANGE.PROJECT_ID.eq(id)))
			.isEqualTo(history + 1);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ENTITY_ID.eq(id).and(AUDIT_EVENT.ACTION.eq("STAGE_CHANGE"))))
			.isGreaterThanOrEqualTo(1);
		// one stage change (signing may add an admission BUDGET_EXCEEDED warning of its
		// own)
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ENTITY_ID.eq(id).and(AUDIT_EVENT.ACTION.ne("BUDGET_EXCEEDED"))))
			.isEqualTo(audit + 1);
	}

	@Test
	void opening_a_view_while_the_database_is_away_shows_the_state_and_reopens_it_when_back() {
		this.database.stopServer();
		navigate("projects", Component.class);
		assertThat(DatabaseOutage.isShown(UI.getCurrent())).isTrue();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("error-message").getText())
			.contains("数据库暂时无法连接");
		this.database.startServer();
		pollUntilRecovered();
		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ProjectListView");
	}

	private int banners() {
		return (int) UI.getCurrent()
			.getChildren()
			.filter(c -> c instanceof Div && c.getId().filter("database-unavailable"::equals).isPresent())
			.count();
	}

	/** Polls as the tab does (every few seconds) until the state clears: 30 s at most. */
	private void pollUntilRecovered() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		poll();
		while (DatabaseOutage.isShown(UI.getCurrent()) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			poll();
		}
		assertThat(DatabaseOutage.isShown(UI.getCurrent())).as("recovered within 30 s").isFalse();
	}

	private void poll() {
		ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
	}

	/**
	 * A click as Vaadin's server handles it: an exception from a listener goes to the
	 * session's error handler.
	 */
	void click(Button button) {
		try {
			test(button).click();
		}
		catch (RuntimeException ex) {
			VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(ex, button.getElement().getNode()));
		}
		roundTrip();
	}

	/** Opens the stage dialog, picks the stage, writes the note, confirms. */
	private void move(ProjectView view, Stage to, String note) {
		click(view.move);
		var dialogs = find(StageMoveDialog.class).all();
		if (dialogs.isEmpty()) {
			return; // the click failed before the dialog opened
		}
		StageMoveDialog dialog = dialogs.getLast();
		try {
			// picking SIGNED asks crm-core for the admission check: with the database
			// away that fails like a click does, through the session's error handler
			test(dialog.target).selectItem(getTranslation(to.messageKey()));
		}
		catch (RuntimeException ex) {
			VaadinSession.getCurrent()
				.getErrorHandler()
				.error(new ErrorEvent(ex, dialog.target.getElement().getNode()));
		}
		test(dialog.note).setValue(note);
		click(dialog.confirm);
		if (dialog.isOpened()) {
			dialog.close(); // the user gives up on this attempt
			roundTrip();
		}
	}

	private String getTranslation(String key) {
		return UI.getCurrent().getTranslation(key);
	}

	/** Runs an action just before the first statement that starts with a given text. */
	static final class KillSwitch implements ExecuteListener {

		private final AtomicBoolean armed = new AtomicBoolean();

		private volatile String prefix = "";

		private volatile Runnable action = () -> {
		};

		void armBefore(String sqlPrefix, Runnable then) {
			this.prefix = sqlPrefix;
			this.action = then;
			this.armed.set(true);
		}

		void disarm() {
			this.armed.set(false);
		}

		@Override
		public void executeStart(ExecuteContext ctx) {
			String sql = ctx.sql();
			if (sql != null && sql.startsWith(this.prefix) && this.armed.compareAndSet(true, false)) {
				this.action.run();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Faults {

		@Bean
		KillSwitch killSwitch() {
			return new KillSwitch();
		}

		@Bean
		ExecuteListenerProvider killSwitchListener(KillSwitch killSwitch) {
			return new DefaultExecuteListenerProvider(killSwitch);
		}

	}

}
