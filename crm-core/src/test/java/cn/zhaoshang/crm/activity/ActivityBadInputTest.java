package cn.zhaoshang.crm.activity;

import static cn.zhaoshang.crm.db.Tables.ACTIVITY;
import static cn.zhaoshang.crm.db.Tables.AUDIT_EVENT;
import static cn.zhaoshang.crm.db.Tables.INVESTOR;
import static cn.zhaoshang.crm.shared.TestRecords.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import cn.zhaoshang.crm.shared.DomainException;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging an activity refuses bad input (texts, dates out of order or absurd) with the
 * key the UI shows, and writes nothing. Every case rolls back.
 */
@SpringBootTest
@Transactional
@WithUserDetails("staff")
class ActivityBadInputTest {

	private static final LocalDateTime YESTERDAY = LocalDateTime.now().minusDays(1);

	/**
	 * A call logged yesterday on an investor (no project); investorId set in the test.
	 */
	private static final ActivityForm GOOD = new ActivityForm(null, 0, 0, null, ActivityType.CALL, "电话沟通", null,
			YESTERDAY, null, null, null, false, null);

	@Autowired
	ActivityService activities;

	@Autowired
	DSLContext dsl;

	static Stream<Arguments> badActivities() {
		return Stream.of(bad("empty subject", "validation.required", "subject", ""),
				bad("blank subject", "validation.required", "subject", "   "),
				bad("201-character subject", "validation.too-long", "subject", "题".repeat(201)),
				bad("control character in subject", "validation.control-characters", "subject", "电话\u0007沟通"),
				bad("5001-character notes", "validation.too-long", "notes", "记".repeat(5001)),
				bad("NUL in notes", "validation.control-characters", "notes", "记录\u0000"),
				bad("501-character participants", "validation.too-long", "participants", "人".repeat(501)),
				bad("501-character next step", "validation.too-long", "nextStep", "步".repeat(501)),
				bad("a call without a date", "activity.error.needs-date", "occurredAt", null),
				bad("a visit two years ahead", "activity.error.date-absurd", "occurredAt",
						LocalDateTime.now().plusYears(2)),
				bad("a visit in 1999", "activity.error.date-absurd", "occurredAt", LocalDateTime.of(1999, 6, 1, 9, 0)),
				bad("follow-up due before the call", "activity.error.due-before-occurred", "dueDate",
						YESTERDAY.toLocalDate().minusDays(3)),
				bad("follow-up due in 1990", "activity.error.due-date-absurd", "dueDate", LocalDate.of(1990, 1, 1)),
				bad("follow-up due in 2999", "activity.error.due-date-absurd", "dueDate", LocalDate.of(2999, 1, 1)),
				bad("a task without a due date", "activity.error.task-needs-due-date", "type", ActivityType.TASK));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badActivities")
	void a_bad_activity_is_refused_and_nothing_is_written(String description, String key, String component,
			Object value) {
		long investor = this.dsl.fetchValue(INVESTOR.ID, INVESTOR.NAME_ZH.eq("北京新能源汽车股份有限公司"));
		ActivityForm form = with(with(GOOD, "investorId", investor), component, value);
		int rows = this.dsl.fetchCount(ACTIVITY);
		int audit = this.dsl.fetchCount(AUDIT_EVENT);
		assertThatThrownBy(() -> this.activities.save(form)).isInstanceOf(DomainException.class).hasMessage(key);
		assertThat(this.dsl.fetchCount(ACTIVITY)).isEqualTo(rows);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT)).isEqualTo(audit);
	}

	private static Arguments bad(String description, String key, String component, Object value) {
		return Arguments.of(description, key, component, value);
	}

}
