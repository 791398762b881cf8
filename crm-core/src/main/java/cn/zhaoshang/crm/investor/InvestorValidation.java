package cn.zhaoshang.crm.investor;

import java.util.regex.Pattern;

import cn.zhaoshang.crm.shared.DomainException;
import cn.zhaoshang.crm.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** The investor form's rules, checked in crm-core whatever the UI let through. */
final class InvestorValidation {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private InvestorValidation() {
	}

	/** Returns the form with its texts trimmed and the credit code normalised. */
	static InvestorForm check(InvestorForm f) {
		String nameZh = required(f.nameZh(), "nameZh", 200);
		String uscc = blankToNull(f.uscc());
		if (uscc != null) {
			uscc = UnifiedSocialCreditCode.normalize(uscc);
			if (!UnifiedSocialCreditCode.isValid(uscc)) {
				throw new DomainException("investor.error.uscc-invalid");
			}
		}
		String country = f.countryCode().strip().toUpperCase(java.util.Locale.ROOT);
		if (!COUNTRY.matcher(country).matches()) {
			throw new DomainException("investor.error.country-invalid");
		}
		if (f.fortune500Rank() != null && (f.fortune500Rank() < 1 || f.fortune500Rank() > 500)) {
			throw new DomainException("investor.error.fortune500-range");
		}
		if (f.parentId() != null && f.parentId().equals(f.id())) {
			throw new DomainException("investor.error.parent-self");
		}
		return new InvestorForm(f.id(), f.version(), nameZh, optional(f.nameEn(), "nameEn", 200),
				optional(f.nameLocal(), "nameLocal", 200), uscc, f.parentId(), f.industryId(), country, f.ownership(),
				f.fortune500Rank(), f.china500(), optional(f.listedExchange(), "listedExchange", 20),
				optional(f.listedTicker(), "listedTicker", 20), f.existingTenant(), f.jingjinTransfer(), f.ownerId(),
				optional(f.website(), "website", 200), optional(f.address(), "address", 300),
				optionalMultiline(f.notes(), 5000), f.source());
	}

	static ContactRow check(ContactRow c) {
		String email = optional(c.email(), "email", 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new DomainException("contact.error.email-invalid");
		}
		return new ContactRow(c.id(), c.version(), c.investorId(), required(c.name(), "contact.name", 100),
				optional(c.title(), "contact.title", 100), optional(c.phone(), "contact.phone", 40), email,
				optional(c.wechat(), "contact.wechat", 60), c.primary());
	}

	private static String required(@Nullable String text, String field, int max) {
		return TextRules.required(text, field, max);
	}

	private static @Nullable String optional(@Nullable String text, String field, int max) {
		return TextRules.optional(text, field, max);
	}

	private static @Nullable String optionalMultiline(@Nullable String text, int max) {
		return TextRules.multiline(text, "notes", max);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
