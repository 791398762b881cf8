package cn.zhaoshang.crm.user;

import cn.zhaoshang.crm.config.CrmDatabaseProperties;
import cn.zhaoshang.crm.config.DatabaseConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start: a production database (no demo data) must have an administrator. The first
 * one comes from {@code CRM_ADMIN_USERNAME}/{@code CRM_ADMIN_PASSWORD}; without them the
 * CRM refuses to start rather than run with nobody able to manage it. With demo data the
 * demo accounts are listed in the log instead.
 */
@Component
class FirstAdminBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final UserAccountService accounts;

	private final boolean demo;

	private final String adminUsername;

	private final String adminPassword;

	FirstAdminBootstrap(UserAccountService accounts, CrmDatabaseProperties database,
			@Value("${crm.demo.enabled:}") String demoEnabled, @Value("${crm.admin.username:}") String adminUsername,
			@Value("${crm.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.demo = DatabaseConfiguration.demoEnabled(database, demoEnabled);
		this.adminUsername = adminUsername.strip();
		this.adminPassword = adminPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demo) {
			log.info("""

					==================== 招商 CRM demo accounts / 演示账号 ====================
					 password for all / 统一密码:  Cangzhou@2026
					 staff, staff2      招商专员 STAFF
					 director           招商局长 DIRECTOR
					 op_auto, op_tsinghua, op_sme, op_pipeline   园区运营方 PARK_OPERATOR
					 admin              管理员 ADMIN
					 Demo data only: never use these accounts in production.
					=========================================================================""");
			return;
		}
		if (this.accounts.ensureFirstAdmin(this.adminUsername, this.adminPassword)) {
			log.info("Created the first administrator '{}' from CRM_ADMIN_USERNAME", this.adminUsername);
		}
	}

}
