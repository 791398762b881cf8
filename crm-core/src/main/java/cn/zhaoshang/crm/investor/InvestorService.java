package cn.zhaoshang.crm.investor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.zhaoshang.crm.audit.AuditEntry;
import cn.zhaoshang.crm.audit.AuditLog;
import cn.zhaoshang.crm.audit.AuditTrail;
import cn.zhaoshang.crm.audit.EntityRef;
import cn.zhaoshang.crm.security.Access;
import cn.zhaoshang.crm.security.CrmUser;
import cn.zhaoshang.crm.security.CurrentUser;
import cn.zhaoshang.crm.shared.ConcurrentEditException;
import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.PageRequest;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investor directory (客商库). Staff, directors and admins see every firm (so that staff
 * spot duplicates); staff edit the firms they own or that nobody owns yet, directors and
 * admins any. Park operators see tenants through their park instead.
 */
@Service
@Transactional(readOnly = true)
public class InvestorService {

	/**
	 * Groups deeper than this are cut (and a cycle in parent links cannot loop forever).
	 */
	static final int MAX_GROUP_DEPTH = 6;

	static final String ENTITY = "investor";

	static final String CONTACT = "contact";

	static final String SAVED_FILTER = "saved_filter";

	private final InvestorRepository investors;

	private final SavedFilters savedFilters;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final AuditTrail trail;

	public InvestorService(InvestorRepository investors, SavedFilters savedFilters, CurrentUser currentUser,
			AuditLog audit, AuditTrail trail) {
		this.investors = investors;
		this.savedFilters = savedFilters;
		this.currentUser = currentUser;
		this.audit = audit;
		this.trail = trail;
	}

	/**
	 * One statement, so no transaction of its own: in autocommit it costs no BEGIN,
	 * COMMIT and autocommit round trips (the list page calls this and count once per
	 * page).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<InvestorRow> list(InvestorFilter filter, PageRequest page) {
		return this.investors.find(filter, page, mineOnly(filter));
	}

	/** One statement: no transaction of its own (see list). */
	@Transactional(propagation = Propagation.SUPPORTS)
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public int count(InvestorFilter filter) {
		return this.investors.count(filter, mineOnly(filter));
	}

	private @Nullable Long mineOnly(InvestorFilter filter) {
		return filter.mine() ? this.currentUser.require().id() : null;
	}

	/**
	 * Writes the firms matching {@code filter} as .xlsx (headers and enum values through
	 * {@code label}: the UI's translation) and audits the export.
	 */
	@Transactional
	@PreAuthorize("@access.may('INVESTOR_EXPORT')")
	public int exportXlsx(InvestorFilter filter, Function<String, String> label, OutputStream out) {
		try {
			int rows = InvestorExport.write(this.investors, filter, mineOnly(filter), label, out);
			this.audit.record(AuditLog.EXPORT, ENTITY, null, rows + " rows, filter " + filter);
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads and checks an import file (.xlsx or .csv) without writing anything: every row
	 * with its problems (by row number and column) and the similar firms already known.
	 */
	@PreAuthorize("@access.may('INVESTOR_WRITE')")
	public ImportPreview previewImport(byte[] content, String fileName) {
		var lines = InvestorImport.read(content, fileName);
		return new ImportPreview(fileName, ImportRows.check(lines, this.investors.industryKeys(), this.investors));
	}

	/**
	 * Writes every row of a clean preview, or nothing: one transaction, refused while any
	 * row has a problem. Returns the number of firms created.
	 */
	@Transactional
	@PreAuthorize("@access.may('INVESTOR_WRITE')")
	public int commitImport(ImportPreview preview) {
		if (preview.hasErrors()) {
			throw new DomainException("import.error.has-errors", preview.errorRows());
		}
		for (ImportRow row : preview.rows()) {
			save(row.form());
		}
		this.audit.record(AuditLog.IMPORT, ENTITY, null, preview.rows().size() + " rows from " + preview.fileName());
		return preview.rows().size();
	}

	@PreAuthorize("@access.may('INVESTOR_READ')")
	public InvestorForm get(long id) {
		return this.investors.get(id).orElseThrow(() -> new DomainException("investor.error.not-found"));
	}

	/**
	 * Firms that look like this one: same credit code, or the same name once normalised.
	 */
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<InvestorDuplicate> duplicatesOf(String nameZh, @Nullable String uscc, @Nullable Long excludeId) {
		String code = (uscc == null || uscc.isBlank()) ? null : UnifiedSocialCreditCode.normalize(uscc);
		return this.investors.duplicates(InvestorNames.normalize(nameZh), code, excludeId);
	}

	/**
	 * Creates or updates a firm and returns its id. A credit code already in the
	 * directory is refused; a similar name is only a warning (see {@link #duplicatesOf}).
	 */
	@Transactional
	@PreAuthorize("@access.may('INVESTOR_WRITE')")
	public long save(InvestorForm form) {
		InvestorForm f = InvestorValidation.check(form);
		if (f.uscc() != null) {
			this.investors.nameWithCode(f.uscc(), f.id()).ifPresent(other -> {
				throw new DomainException("investor.error.uscc-taken", other);
			});
		}
		try {
			if (f.id() == null) {
				InvestorForm owned = (f.ownerId() == null) ? withOwner(f, this.currentUser.require().id()) : f;
				long id = this.investors.insert(owned);
				this.audit.created(ENTITY, id, null, owned, "id", "version");
				return id;
			}
			InvestorForm before = get(f.id());
			mayEdit(before);
			if (!this.investors.update(f)) {
				throw new ConcurrentEditException("investor.error.stale",
						this.investors.updatedAt(f.id()).map(Object::toString).orElse("?"));
			}
			this.audit.updated(ENTITY, f.id(), null, before, f, "id", "version");
			return f.id();
		}
		catch (DuplicateKeyException ex) {
			// the unique key on uscc backs up the check above when two users race
			throw new DomainException("investor.error.uscc-taken", String.valueOf(f.uscc()));
		}
	}

	/**
	 * Up to 20 firms whose name starts with {@code prefix}: for choosing a parent group.
	 */
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<InvestorRef> lookup(String prefix) {
		return this.investors.lookup(prefix, 20);
	}

	/**
	 * The whole group a firm belongs to (集团 → 子公司, in tree order from the top group) with
	 * each member's projects and the group's totals.
	 */
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public GroupTree group(long investorId) {
		long root = investorId;
		for (int i = 0; i < MAX_GROUP_DEPTH; i++) {
			var parent = this.investors.parentOf(root);
			if (parent.isEmpty()) {
				break;
			}
			root = parent.get();
		}
		Map<Long, List<InvestorRef>> children = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		names.put(root, get(root).nameZh());
		List<Long> level = List.of(root);
		for (int depth = 0; depth < MAX_GROUP_DEPTH && !level.isEmpty(); depth++) {
			List<InvestorRef> next = this.investors.childrenOf(level);
			Map<Long, Long> parents = this.investors.parentIds(next.stream().map(InvestorRef::id).toList());
			for (InvestorRef child : next) {
				children.computeIfAbsent(parents.get(child.id()), k -> new ArrayList<>()).add(child);
				names.put(child.id(), child.nameZh());
			}
			level = next.stream().map(InvestorRef::id).toList();
		}
		var totals = this.investors.projectTotals(names.keySet());
		List<GroupMember> members = new ArrayList<>();
		addInTreeOrder(root, 0, names, children, totals, members);
		return new GroupTree(members);
	}

	private static void addInTreeOrder(long id, int depth, Map<Long, String> names,
			Map<Long, List<InvestorRef>> children, Map<Long, InvestorRepository.ProjectTotals> totals,
			List<GroupMember> out) {
		var total = totals.get(id);
		out.add(new GroupMember(id, names.get(id), depth, (total != null) ? total.count() : 0,
				(total != null) ? total.investment() : BigDecimal.ZERO));
		for (InvestorRef child : children.getOrDefault(id, List.of())) {
			if (depth + 1 < MAX_GROUP_DEPTH) {
				addInTreeOrder(child.id(), depth + 1, names, children, totals, out);
			}
		}
	}

	/** The signed-in user's saved filters of the investor list. */
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<SavedFilter> savedFilters() {
		return this.savedFilters.of(this.currentUser.require().id());
	}

	/** Saves the filter under a name for the signed-in user (same name: replaced). */
	@Transactional
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public long saveFilter(String name, InvestorFilter filter) {
		String clean = TextRules.required(name, "filterName", 100);
		long me = this.currentUser.require().id();
		var previous = this.savedFilters.of(me).stream().filter(f -> f.name().equals(clean)).findFirst();
		if (previous.isEmpty() && this.savedFilters.count(me) >= SavedFilters.MAX_PER_USER) {
			throw new DomainException("investor.error.too-many-filters", SavedFilters.MAX_PER_USER);
		}
		long id = this.savedFilters.save(me, clean, filter);
		FilterAudit after = FilterAudit.of(clean, filter);
		if (previous.isPresent()) {
			this.audit.updated(SAVED_FILTER, id, null, FilterAudit.of(clean, previous.get().filter()), after);
		}
		else {
			this.audit.created(SAVED_FILTER, id, null, after);
		}
		return id;
	}

	@Transactional
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public void deleteFilter(long id) {
		long me = this.currentUser.require().id();
		SavedFilter mine = this.savedFilters.of(me)
			.stream()
			.filter(f -> f.id() == id)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("saved filter " + id + " is not yours"));
		if (!this.savedFilters.delete(me, id)) {
			throw new AccessDeniedException("saved filter " + id + " is not yours");
		}
		this.audit.deleted(SAVED_FILTER, id, null, FilterAudit.of(mine.name(), mine.filter()));
	}

	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<ContactRow> contacts(long investorId) {
		return this.investors.contacts(investorId);
	}

	@Transactional
	@PreAuthorize("@access.may('INVESTOR_WRITE')")
	public long saveContact(ContactRow contact) {
		ContactRow c = InvestorValidation.check(contact);
		mayEdit(get(c.investorId()));
		long id;
		EntityRef firm = EntityRef.of(ENTITY, c.investorId());
		if (c.id() == null) {
			id = this.investors.insertContact(c);
			this.audit.created(CONTACT, id, firm, c, "id", "version", "investorId");
		}
		else {
			ContactRow before = this.investors.contact(c.investorId(), c.id())
				.orElseThrow(() -> new ConcurrentEditException("contact.error.stale"));
			if (!this.investors.updateContact(c)) {
				throw new ConcurrentEditException("contact.error.stale");
			}
			id = c.id();
			this.audit.updated(CONTACT, id, firm, before, c, "id", "version", "investorId");
		}
		if (c.primary()) {
			this.investors.clearPrimary(c.investorId(), id);
		}
		return id;
	}

	@Transactional
	@PreAuthorize("@access.may('INVESTOR_WRITE')")
	public void deleteContact(long investorId, long contactId, int version) {
		mayEdit(get(investorId));
		ContactRow before = this.investors.contact(investorId, contactId)
			.orElseThrow(() -> new ConcurrentEditException("contact.error.stale"));
		if (!this.investors.deleteContact(investorId, contactId, version)) {
			throw new ConcurrentEditException("contact.error.stale");
		}
		this.audit.deleted(CONTACT, contactId, EntityRef.of(ENTITY, investorId), before, "id", "version", "investorId");
	}

	/**
	 * The firm's history, newest first: its own changes and those of its contacts and
	 * activities.
	 */
	@PreAuthorize("@access.may('INVESTOR_READ')")
	public List<AuditEntry> changeHistory(long investorId, PageRequest page) {
		get(investorId);
		return this.trail.forEntity(ENTITY, investorId, page);
	}

	@PreAuthorize("@access.may('INVESTOR_READ')")
	public int changeHistoryCount(long investorId) {
		return this.trail.countForEntity(ENTITY, investorId);
	}

	/** Staff edit their own firms and unowned ones; directors and admins every firm. */
	private void mayEdit(InvestorForm existing) {
		CrmUser user = this.currentUser.require();
		if (!Access.mayChangeOwnedBy(user, existing.ownerId())) {
			throw new AccessDeniedException("investor " + existing.id() + " belongs to another owner");
		}
	}

	private static InvestorForm withOwner(InvestorForm f, long ownerId) {
		return new InvestorForm(f.id(), f.version(), f.nameZh(), f.nameEn(), f.nameLocal(), f.uscc(), f.parentId(),
				f.industryId(), f.countryCode(), f.ownership(), f.fortune500Rank(), f.china500(), f.listedExchange(),
				f.listedTicker(), f.existingTenant(), f.jingjinTransfer(), ownerId, f.website(), f.address(), f.notes(),
				f.source());
	}

	/** A saved filter as the audit trail records it. */
	private record FilterAudit(String name, String criteria) {

		static FilterAudit of(String name, InvestorFilter filter) {
			return new FilterAudit(name, SavedFilters.encode(filter));
		}

	}

}
