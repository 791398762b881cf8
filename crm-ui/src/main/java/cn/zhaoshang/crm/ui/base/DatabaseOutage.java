package cn.zhaoshang.crm.ui.base;

import cn.zhaoshang.crm.config.DatabaseStatus;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

/**
 * The "database unavailable" state of one browser tab: one banner at the top instead of
 * an error per click, a poll every few seconds that asks whether the database is back,
 * and then the banner goes and the user carries on. Nothing to restart: the connection
 * pool reconnects by itself.
 */
public final class DatabaseOutage {

	/** How often a tab asks whether the database is back. */
	public static final int POLL_MILLIS = 5_000;

	static final String BANNER_ID = "database-unavailable";

	private DatabaseOutage() {
	}

	/**
	 * Shows the state in {@code ui} (once: further failures while it is shown add
	 * nothing). {@code onRecovery} runs when the database answers again.
	 */
	public static void show(UI ui, DatabaseStatus status, Runnable onRecovery) {
		if (ComponentUtil.getData(ui, State.class) != null) {
			return;
		}
		Div banner = new Div();
		banner.setId(BANNER_ID);
		banner.addClassName("database-unavailable");
		banner.getElement().setAttribute("role", "alert");
		banner.setText(ui.getTranslation("error.database-unavailable"));
		ui.add(banner);
		int previousPoll = ui.getPollInterval();
		ui.setPollInterval(POLL_MILLIS);
		State state = new State(banner, previousPoll);
		ComponentUtil.setData(ui, State.class, state);
		state.poll = ui.addPollListener(poll -> {
			if (status.probe()) {
				clear(ui);
				Notification back = Notification.show(ui.getTranslation("error.database-back"), 4000,
						Notification.Position.TOP_CENTER);
				back.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				onRecovery.run();
			}
		});
	}

	public static void show(UI ui, DatabaseStatus status) {
		show(ui, status, () -> {
		});
	}

	/** Whether the tab shows the state now. */
	public static boolean isShown(UI ui) {
		return ComponentUtil.getData(ui, State.class) != null;
	}

	private static void clear(UI ui) {
		State state = ComponentUtil.getData(ui, State.class);
		if (state == null) {
			return;
		}
		ui.remove(state.banner);
		ui.setPollInterval(state.previousPoll);
		if (state.poll != null) {
			state.poll.remove();
		}
		ComponentUtil.setData(ui, State.class, null);
	}

	private static final class State {

		final Div banner;

		final int previousPoll;

		Registration poll;

		State(Div banner, int previousPoll) {
			this.banner = banner;
			this.previousPoll = previousPoll;
		}

	}

}
