package cn.zhaoshang.crm.investor;

import java.util.List;

import cn.zhaoshang.crm.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investor directory (客商库). Staff, directors and admins work with every firm; park
 * operators see tenants through their park instead.
 */
@Service
@Transactional(readOnly = true)
public class InvestorService {

	private final InvestorRepository investors;

	public InvestorService(InvestorRepository investors) {
		this.investors = investors;
	}

	@PreAuthorize("hasAnyRole('STAFF','DIRECTOR','ADMIN')")
	public List<InvestorRow> list(InvestorFilter filter, PageRequest page) {
		return this.investors.find(filter, page);
	}

	@PreAuthorize("hasAnyRole('STAFF','DIRECTOR','ADMIN')")
	public int count(InvestorFilter filter) {
		return this.investors.count(filter);
	}

}
