package cn.zhaoshang.crm.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.LocalDateTime;

import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.ui.BrowserlessTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a user reads when something goes wrong: never a stack trace. */
@WithUserDetails("staff")
class ErrorHandlingTest extends BrowserlessTestBase {

	@Autowired
	ErrorHandling errors;

	@Test
	void a_concurrent_edit_names_who_saved_first_and_says_to_reload() {
		UI.getCurrent().navigate("");
		String text = ErrorHandling.message(UI.getCurrent(),
				new ConcurrentEditException("project.error.stale", "李娜", LocalDateTime.of(2026, 11, 25, 9, 30)));
		assertThat(text).isEqualTo("项目已被李娜于2026-11-25 09:30修改，请重新加载后再保存。 请重新打开该记录，查看最新内容后再修改。");
	}

	@Test
	void anything_unexpected_shows_only_a_reference_id() {
		UI.getCurrent().navigate("");
		String text = ErrorHandling.message(UI.getCurrent(), new IllegalStateException("secret internals"));
		assertThat(text).matches("系统出现意外错误，请稍后重试。如需帮助，请向管理员提供参考编号 [0-9a-f]{8}。")
			.doesNotContain("secret")
			.doesNotContain("Exception");
		assertThat(ErrorHandling.message(UI.getCurrent(), new AccessDeniedException("x"))).isEqualTo("您没有执行此操作的权限。");
	}

	@Test
	void a_database_outage_is_one_banner_not_a_notification_per_click() {
		UI.getCurrent().navigate("");
		var outage = new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"));
		for (int click = 0; click < 3; click++) {
			this.errors.handle(new ErrorEvent(outage));
		}
		assertThat(DatabaseOutage.isShown(UI.getCurrent())).isTrue();
		assertThat(find(Notification.class).all()).isEmpty();
		assertThat(UI.getCurrent().getChildren().filter(c -> c.getId().orElse("").equals("database-unavailable")))
			.hasSize(1);
	}

}
