package cn.zhaoshang.crm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.zhaoshang.crm.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every public method of every {@code @Service} in crm-core as each role and as an
 * anonymous visitor, and compares what happens with the matrix below. A method that has
 * no row (a new method without a rule), a row without a method, or a role let through
 * where the matrix says no (or the other way round) fails the build.
 *
 * <p>
 * "Y" means the role check lets the call through (what the method then does with the
 * record, its owner or its park is the feature tests' business); "-" means the check
 * refuses it ({@code AuthorizationDeniedException}, or no authentication). Every call
 * runs in a transaction that is rolled back.
 *
 * <p>
 * To add a service: add one row per public method. Column order: STAFF, DIRECTOR,
 * PARK_OPERATOR, ADMIN, anonymous.
 */
@SpringBootTest
class AccessMatrixTest {

	/** Demo users holding each role, in the matrix's column order (null: anonymous). */
	private static final List<String> PRINCIPALS = Arrays.asList("staff", "director", "op_auto", "admin", null);

	private static final String MATRIX = """
			# Service.method                      STAFF DIRECTOR OPERATOR ADMIN ANON
			ActivityService.complete                 Y     Y        -       Y     -
			ActivityService.forInvestor              Y     Y        -       Y     -
			ActivityService.forProject               Y     Y        -       Y     -
			ActivityService.myWork                   Y     Y        -       Y     -
			ActivityService.save                     Y     Y        -       Y     -
			AdmissionService.budgets                 Y     Y        Y        Y     -
			AdmissionService.evaluate                Y     Y        -        Y     -
			AdmissionService.evaluations             Y     Y        Y        Y     -
			AdmissionService.override                -     Y        -        -     -
			AdmissionService.ruleHistory             Y     Y        Y        Y     -
			AdmissionService.rules                   Y     Y        Y        Y     -
			AdmissionService.saveRules               -     Y        -        Y     -
			AdmissionService.signingCheck            Y     Y        -        Y     -
			AllocationService.confirm                -     Y        Y        -     -
			AllocationService.countForPark           Y     Y        Y        Y     -
			AllocationService.forPark                Y     Y        Y        Y     -
			AllocationService.forProject             Y     Y        Y        Y     -
			AllocationService.release                Y     Y        Y        -     -
			AllocationService.reservationDays        Y     Y        Y        Y     -
			AllocationService.reserve                Y     Y        Y        -     -
			AuditService.actions                     -     Y        -       Y     -
			AuditService.count                       -     Y        -       Y     -
			AuditService.entityTypes                 -     Y        -       Y     -
			AuditService.search                      -     Y        -       Y     -
			FulfilmentService.addFunds               Y     Y        Y        Y     -
			FulfilmentService.fulfilment             Y     Y        Y        Y     -
			FulfilmentService.idleLand               Y     Y        Y        Y     -
			FulfilmentService.rates                  -     Y        Y        Y     -
			FulfilmentService.removeFunds            Y     Y        Y        Y     -
			FulfilmentService.saveCommitments        Y     Y        -        Y     -
			FulfilmentService.saveProgress           Y     Y        Y        Y     -
			InvestorService.changeHistory            Y     Y        -       Y     -
			InvestorService.changeHistoryCount       Y     Y        -       Y     -
			InvestorService.commitImport             Y     Y        -       Y     -
			InvestorService.contacts                 Y     Y        -       Y     -
			InvestorService.count                    Y     Y        -       Y     -
			InvestorService.deleteContact            Y     Y        -       Y     -
			InvestorService.deleteFilter             Y     Y        -       Y     -
			InvestorService.duplicatesOf             Y     Y        -       Y     -
			InvestorService.exportXlsx               Y     Y        -       Y     -
			InvestorService.get                      Y     Y        -       Y     -
			InvestorService.group                    Y     Y        -       Y     -
			InvestorService.list                     Y     Y        -       Y     -
			InvestorService.lookup                   Y     Y        -       Y     -
			InvestorService.previewImport            Y     Y        -       Y     -
			InvestorService.save                     Y     Y        -       Y     -
			InvestorService.saveContact              Y     Y        -       Y     -
			InvestorService.saveFilter               Y     Y        -       Y     -
			InvestorService.savedFilters             Y     Y        -       Y     -
			LandRequestService.delete                Y     Y        -        Y     -
			LandRequestService.forProject            Y     Y        Y        Y     -
			LandRequestService.save                  Y     Y        -        Y     -
			MatchingService.forRequest               Y     Y        Y        Y     -
			MatchingService.tenantsFor               -     Y        Y        Y     -
			ParkService.detail                       Y     Y        Y        Y     -
			ParkService.overview                     Y     Y        Y       Y     -
			ParkService.parks                        Y     Y        Y        Y     -
			ParkService.plots                        Y     Y        Y        Y     -
			ParkService.savePlot                     -     -        Y        Y     -
			ParkService.zones                        Y     Y        Y        Y     -
			PlotRecoveryService.history              Y     Y        Y        Y     -
			PlotRecoveryService.markIdle             -     Y        Y        -     -
			PlotRecoveryService.offerAgain           -     Y        Y        -     -
			PlotRecoveryService.recovered            Y     Y        Y        Y     -
			PlotRecoveryService.startRecovery        -     Y        Y        -     -
			ProjectService.addCollaborator           Y     Y        -       Y     -
			ProjectService.changeHistory             Y     Y        Y       Y     -
			ProjectService.changeHistoryCount        Y     Y        Y       Y     -
			ProjectService.collaborators             Y     Y        Y       Y     -
			ProjectService.count                     Y     Y        Y       Y     -
			ProjectService.create                    Y     Y        -       Y     -
			ProjectService.exportXlsx                Y     Y        Y        Y     -
			ProjectService.figuresFor                Y     Y        -       Y     -
			ProjectService.get                       Y     Y        Y       Y     -
			ProjectService.history                   Y     Y        Y       Y     -
			ProjectService.list                      Y     Y        Y       Y     -
			ProjectService.moveStage                 Y     Y        -       Y     -
			ProjectService.removeCollaborator        Y     Y        -       Y     -
			ProjectService.stageCounts               Y     Y        Y       Y     -
			ProjectService.update                    Y     Y        -       Y     -
			ReferenceData.industries                 Y     Y        Y        Y     -
			ReferenceData.parks                      Y     Y        Y        Y     -
			ReferenceData.zones                      Y     Y        Y        Y     -
			ReportService.cockpit                    Y     Y        Y        Y     -
			ReportService.monthlyPdf                 Y     Y        Y        Y     -
			ReportService.monthlyXlsx                Y     Y        Y        Y     -
			TenantPerformanceService.commitImport    -     Y        Y        Y     -
			TenantPerformanceService.count           -     Y        Y        Y     -
			TenantPerformanceService.cutoffHistory   -     Y        Y        Y     -
			TenantPerformanceService.cutoffs         -     Y        Y        Y     -
			TenantPerformanceService.history         -     Y        Y        Y     -
			TenantPerformanceService.list            -     Y        Y        Y     -
			TenantPerformanceService.previewImport   -     Y        Y        Y     -
			TenantPerformanceService.recoveryCandidates -     Y        Y        Y     -
			TenantPerformanceService.regrade         -     Y        Y        Y     -
			TenantPerformanceService.save            -     Y        Y        Y     -
			TenantPerformanceService.saveCutoffs     -     Y        -        Y     -
			TenantPerformanceService.tenants         -     Y        Y        Y     -
			TenantPerformanceService.years           -     Y        Y        Y     -
			UserAccountService.colleagues            Y     Y        -       Y     -
			UserAccountService.loadUserByUsername    Y     Y        Y       Y     Y
			UserAccountService.staffMembers          -     Y        -       Y     -
			UserAdminService.count                   -     -        -       Y     -
			UserAdminService.create                  -     -        -       Y     -
			UserAdminService.disable                 -     -        -       Y     -
			UserAdminService.enable                  -     -        -       Y     -
			UserAdminService.get                     -     -        -       Y     -
			UserAdminService.list                    -     -        -       Y     -
			UserAdminService.resetPassword           -     -        -       Y     -
			UserAdminService.update                  -     -        -       Y     -
			""";

	/**
	 * Public methods that deliberately carry no capability: Spring Security calls this
	 * one to sign a user in, before anyone is authenticated.
	 */
	private static final Set<String> UNGUARDED = Set.of("UserAccountService.loadUserByUsername");

	private static final Pattern GUARD = Pattern.compile("@access\\.may\\('([A-Z_]+)'\\)");

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void every_public_service_method_has_a_row_in_the_matrix() {
		Set<String> walked = serviceMethods().keySet();
		Set<String> listed = expected().keySet();
		assertThat(difference(walked, listed)).as("service methods without a row in AccessMatrixTest.MATRIX").isEmpty();
		assertThat(difference(listed, walked)).as("rows in AccessMatrixTest.MATRIX for methods that do not exist")
			.isEmpty();
		assertThat(walked).hasSizeGreaterThan(40);
	}

	@Test
	void every_role_gets_exactly_what_the_matrix_says() {
		Map<String, List<Boolean>> expected = expected();
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (int column = 0; column < PRINCIPALS.size(); column++) {
			String principal = PRINCIPALS.get(column);
			for (var entry : serviceMethods().entrySet()) {
				List<Boolean> row = expected.get(entry.getKey());
				if (row == null) {
					continue; // reported by the test above
				}
				boolean allowed = callAs(principal, entry.getValue());
				calls++;
				if (allowed != row.get(column)) {
					wrong.add(entry.getKey() + " as " + ((principal != null) ? principal : "anonymous") + ": "
							+ (allowed ? "allowed" : "denied") + ", matrix says " + (row.get(column) ? "Y" : "-"));
				}
			}
		}
		assertThat(wrong).as("calls that break the matrix").isEmpty();
		assertThat(calls).isEqualTo(expected.size() * PRINCIPALS.size());
	}

	@Test
	void every_guarded_method_asks_the_one_access_policy_for_a_known_capability() {
		List<String> unguarded = new ArrayList<>();
		for (var entry : serviceMethods().entrySet()) {
			PreAuthorize rule = entry.getValue().method().getAnnotation(PreAuthorize.class);
			if (UNGUARDED.contains(entry.getKey())) {
				assertThat(rule).as(entry.getKey()).isNull();
				continue;
			}
			Matcher m = (rule != null) ? GUARD.matcher(rule.value()) : null;
			if (m == null || !m.matches()) {
				unguarded.add(entry.getKey() + ": " + ((rule != null) ? rule.value() : "no @PreAuthorize"));
				continue;
			}
			assertThat(Arrays.stream(Capability.values()).map(Enum::name)).as(entry.getKey()).contains(m.group(1));
		}
		assertThat(unguarded).as("public service methods not guarded by @access.may('CAPABILITY')").isEmpty();
	}

	/**
	 * README's access matrix is the Capability table: the same rows, the same ticks.
	 */
	@Test
	void readme_shows_the_capability_table() throws Exception {
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(readme).contains(markdownMatrix());
	}

	/** The role × feature table as README shows it. */
	static String markdownMatrix() {
		StringBuilder out = new StringBuilder(
				"| feature | STAFF 招商专员 | DIRECTOR 局长 | PARK_OPERATOR 园区运营方 | ADMIN 管理员 |\n|---|:-:|:-:|:-:|:-:|\n");
		for (Capability capability : Capability.values()) {
			out.append("| ").append(capability.feature());
			for (String role : Roles.ALL) {
				out.append(" | ").append(capability.roles().contains(role) ? "✓" : "—");
			}
			out.append(" |\n");
		}
		return out.toString();
	}

	private boolean callAs(String principal, ServiceMethod target) {
		SecurityContextHolder.getContext().setAuthentication(authentication(principal));
		try {
			TransactionTemplate transaction = new TransactionTemplate(this.transactions);
			Boolean allowed = transaction.execute(status -> {
				status.setRollbackOnly();
				try {
					target.method().invoke(target.bean(), arguments(target.method()));
					return true;
				}
				catch (InvocationTargetException ex) {
					Throwable cause = ex.getCause();
					return !(cause instanceof AuthorizationDeniedException
							|| cause instanceof AuthenticationCredentialsNotFoundException);
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			});
			return Boolean.TRUE.equals(allowed);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Authentication authentication(String principal) {
		if (principal == null) {
			return new AnonymousAuthenticationToken("matrix", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		UserDetails user = this.users.loadUserByUsername(principal);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** Harmless arguments: the role check runs before the method looks at them. */
	private static Object[] arguments(Method method) {
		return Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::dummy).toArray();
	}

	private static Object dummy(Class<?> type) {
		if (type == long.class || type == Long.class) {
			return 0L;
		}
		if (type == int.class || type == Integer.class) {
			return 0;
		}
		if (type == boolean.class || type == Boolean.class) {
			return false;
		}
		if (type == String.class) {
			return "x";
		}
		if (type == BigDecimal.class) {
			return BigDecimal.ONE;
		}
		if (type == LocalDate.class) {
			return LocalDate.now();
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.now();
		}
		if (type == byte[].class) {
			return new byte[0];
		}
		if (type == PageRequest.class) {
			return PageRequest.first(1);
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type == OutputStream.class) {
			return new ByteArrayOutputStream();
		}
		if (type == Function.class) {
			return Function.identity();
		}
		if (List.class.isAssignableFrom(type) || Collection.class == type) {
			return List.of();
		}
		if (Set.class.isAssignableFrom(type)) {
			return Set.of();
		}
		if (Map.class.isAssignableFrom(type)) {
			return Map.of();
		}
		if (type.isPrimitive()) {
			throw new IllegalArgumentException("no dummy for " + type);
		}
		return null;
	}

	/** "Service.method" of every public method of every crm @Service bean. */
	private Map<String, ServiceMethod> serviceMethods() {
		Map<String, ServiceMethod> out = new TreeMap<>();
		for (Object bean : this.context.getBeansWithAnnotation(Service.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("cn.zhaoshang.crm.")) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
						&& !method.isSynthetic() && !method.isBridge()) {
					out.put(type.getSimpleName() + "." + method.getName(), new ServiceMethod(bean, method));
				}
			}
		}
		return out;
	}

	private static Map<String, List<Boolean>> expected() {
		Map<String, List<Boolean>> rows = new LinkedHashMap<>();
		for (String line : MATRIX.strip().split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			String[] cells = line.strip().split("\\s+");
			assertThat(cells).as(line).hasSize(1 + PRINCIPALS.size());
			List<Boolean> row = Arrays.stream(cells).skip(1).map(cell -> {
				assertThat(cell).as(line).isIn("Y", "-");
				return cell.equals("Y");
			}).toList();
			assertThat(rows.put(cells[0], row)).as("duplicate row " + cells[0]).isNull();
		}
		return rows;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(TreeSet::new));
	}

	private record ServiceMethod(Object bean, Method method) {
	}

}
